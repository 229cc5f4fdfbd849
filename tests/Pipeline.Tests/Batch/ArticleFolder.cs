namespace Pipeline.Tests.Batch;

/// <summary>A temporary folder of small Arabic news articles (written inline: tests never read ../shared).</summary>
public sealed class ArticleFolder : IDisposable
{
    public static readonly string[] Texts =
    [
        "الخارجية الصينية تنفي اتهامات واشنطن\nنفت وزارة الخارجية الصينية الاتهامات الأمريكية بشن هجمات إلكترونية، وقال المتحدث باسم الوزارة إن هذه الاتهامات لا أساس لها من الصحة.",
        "الرئاسة تدين الهجوم\nأدانت الرئاسة الفلسطينية بشدة الهجوم على المدنيين في المدينة، ودعت المجتمع الدولي إلى التدخل العاجل لوقف التصعيد.",
        "اتهام\nاتهم وزير الداخلية جماعات مسلحة بالوقوف وراء التفجير الذي وقع أمس في العاصمة، مشيرا إلى أن التحقيقات ما زالت جارية.",
        "نادي الزمالك يطالب بإلغاء القرار\nطالب نادي الزمالك اتحاد الكرة بإلغاء قرار الحكم، وقال رئيس النادي في بيان: «ما حدث ظلم واضح لفريقنا».",
        "البنك المركزي\nقال محافظ البنك المركزي إن سعر الصرف سيبقى مستقرا خلال الأشهر المقبلة، مضيفا أن الاحتياطي النقدي ارتفع.",
        "شركة تنفي\nنفت الشركة ما تردد عن تسريب بيانات عملائها، وأكدت في بيان أن أنظمتها لم تتعرض لأي اختراق.",
    ];

    public ArticleFolder(int count)
    {
        Path = Directory.CreateTempSubdirectory("pipeline-batch-").FullName;
        Directory.CreateDirectory(In);
        for (int i = 0; i < count; i++)
            File.WriteAllText(System.IO.Path.Combine(In, $"a{i:D3}.txt"), $"{Texts[i % Texts.Length]}\nتحديث {i}");
        for (int i = 0; i < count / 4; i++)
        {
            var paragraphs = string.Concat(Texts[i % Texts.Length].Split('\n').Skip(1).Select(p => $"<p>{p}</p>"));
            File.WriteAllText(System.IO.Path.Combine(In, $"h{i:D3}.html"),
                $"<html><head><meta charset=\"utf-8\"><title>{Texts[i % Texts.Length].Split('\n')[0]}</title></head><body><nav>الرئيسية</nav><article><h1>{Texts[i % Texts.Length].Split('\n')[0]}</h1>{paragraphs}<p>تحديث {i}</p></article></body></html>");
        }
        File.WriteAllText(System.IO.Path.Combine(In, "a005-empty.txt"), "");
        File.WriteAllText(System.IO.Path.Combine(In, "notes.csv"), "not,an,article");
    }

    public string Path { get; }

    public string In => System.IO.Path.Combine(Path, "in");

    public string Out(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
