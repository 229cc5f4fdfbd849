using System.Text.Json;
using Pipeline.Claims.Learning;
using Pipeline.Output;
using Pipeline.Processing;
using Pipeline.Training;

namespace Pipeline.Tests.Claims.Learning;

/// <summary>
/// A small training set written by the tests: invented articles in two groups, each with an accusation
/// carried by what is said («قال X إن الجهة فشلت …») and a plain statement, and their gold claims.
/// </summary>
public sealed class ClaimFixture : IDisposable
{
    private static readonly string[] Speakers = ["النائب أحمد سالم", "رئيس الحزب خالد منصور", "المتحدث باسم النقابة سمير داود", "رئيس اللجنة فهد العلي"];
    private static readonly string[] Targets = ["الحكومة", "الوزارة", "البلدية", "الشركة"];
    private static readonly string[] Wrongs = ["فشلت في إدارة ملف الكهرباء", "تعمدت إهمال المستشفيات الحكومية", "تسببت في انهيار الخدمات العامة", "تلاعبت بأسعار الوقود"];
    private static readonly string[] Plain = ["الاجتماع سيعقد يوم الأحد المقبل", "المشروع سينطلق في الشهر المقبل", "اللجنة ستعلن النتائج بعد أسبوع", "الوفد وصل إلى العاصمة صباح اليوم"];

    public ClaimFixture(int articles = 16)
    {
        Dir = Path.Combine(Path.GetTempPath(), "claims-fixture-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(ArticlesDir);
        Directory.CreateDirectory(GoldDir);
        for (int n = 0; n < articles; n++)
        {
            string doc = (n % 2 == 0 ? "tr-alpha-" : "tr-beta-") + n.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            string s1 = Speakers[n % 4], s2 = Speakers[(n + 1) % 4], target = Targets[n % 4], wrong = Wrongs[(n / 4) % 4], plain = Plain[(n + 2) % 4];
            string accusation = $"{target} {wrong}";
            string text = $"عنوان الخبر رقم {n}\nقال {s1} إن {accusation}.\nوقال {s2} إن {plain}.\n";
            File.WriteAllText(Path.Combine(ArticlesDir, doc + ".txt"), text);
            File.WriteAllLines(Path.Combine(GoldDir, doc + ".gold.jsonl"),
            [
                Gold(doc, "accusation", s1, target, accusation),
                Gold(doc, "statement", s2, null, plain),
            ]);
        }
    }

    public string Dir { get; }

    public string ArticlesDir => Path.Combine(Dir, "articles");

    public string GoldDir => Path.Combine(Dir, "gold");

    public List<TrainingArticle> Load() =>
        ClaimTrainingSet.Load(Analysed.Processor, [GoldDir], [ArticlesDir], CancellationToken.None);

    public static ClaimRecordBuilder Builder { get; } = new(0.6, "test");

    public static ClaimLearningParts Parts { get; } = Stages.LearningParts(ModelPaths.Locate());

    private static string Gold(string doc, string type, string speaker, string? target, string content) =>
        JsonSerializer.Serialize(new { doc, type, speaker, target, content, quote = (string?)null, cue = "قال" });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }
}
