using Pipeline.Output;
using Pipeline.Review;

namespace Pipeline.Tests.Review;

/// <summary>
/// A hand-made batch output: two Arabic articles and five claims (four needs_review, one auto),
/// written to a temporary folder as articles.jsonl and claims.jsonl. Claims are stored out of
/// reading order (second article first, later sentence first) so the export's ordering shows.
/// </summary>
public sealed class ReviewFixture : IDisposable
{
    public const string Text1 =
        "بايدن يتهم الصين\n" +
        "اتهم الرئيس جو بايدن السلطات الصينية بحماية منفذي الهجمات. " +
        "ونفت بكين الاتهامات، وقالت إنها \"مزاعم لا أساس لها\".\n" +
        "وقال بايدن إن الصين ستدفع الثمن.";

    public const string Text2 =
        "الحوثيون يتبنون الهجوم\n" +
        "أعلنت جماعة الحوثي مسؤوليتها عن الهجوم.\n" +
        "ودعا الاتحاد الأوروبي إلى ضبط النفس.";

    public ReviewFixture()
    {
        Dir = Path.Combine(Path.GetTempPath(), "review-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Dir);
        Articles = [Article("a-1", Text1, "بايدن يتهم الصين", "https://example.org/1"), Article("a-2", Text2, "الحوثيون يتبنون الهجوم", null)];
        var (a1, a2) = (Articles[0], Articles[1]);
        Claims =
        [
            Claim("c-000000000004", a2, "responsibility", "أعلنت جماعة الحوثي مسؤوليتها عن الهجوم.", "أعلنت", "جماعة الحوثي", null, "الهجوم", 0.3),
            Claim("c-000000000005", a2, "appeal", "ودعا الاتحاد الأوروبي إلى ضبط النفس.", "ودعا", "الاتحاد الأوروبي", null, "ضبط النفس", 0.55),
            Claim("c-000000000002", a1, "denial", "ونفت بكين الاتهامات، وقالت إنها \"مزاعم لا أساس لها\".", "ونفت", "بكين", null, "الاتهامات", 0.5),
            Claim("c-000000000001", a1, "accusation", "اتهم الرئيس جو بايدن السلطات الصينية بحماية منفذي الهجمات.", "اتهم", "الرئيس جو بايدن", "السلطات الصينية", "بحماية منفذي الهجمات", 0.4),
            Claim("c-000000000003", a1, "statement", "وقال بايدن إن الصين ستدفع الثمن.", "وقال", "بايدن", null, "الصين ستدفع الثمن", 0.9),
        ];
        Write();
    }

    public string Dir { get; }

    public string ClaimsPath => Path.Combine(Dir, "claims.jsonl");

    public string ArticlesPath => Path.Combine(Dir, "articles.jsonl");

    public string CsvPath => Path.Combine(Dir, "review.csv");

    public string StorePath => Path.Combine(Dir, "reviews.db");

    public IReadOnlyList<ArticleRecord> Articles { get; }

    public List<ClaimRecord> Claims { get; }

    public void Write()
    {
        File.WriteAllLines(ArticlesPath, Articles.Select(Json.Line));
        File.WriteAllText(ClaimsPath, string.Concat(Claims.Select(c => Json.Line(c) + "\n")));
    }

    public IReadOnlyList<ClaimRecord> ReadClaims() => JsonlFiles.ReadClaims(ClaimsPath, CancellationToken.None).Select(l => l.Claim).ToList();

    public ClaimRecord ReadClaim(string id) => ReadClaims().Single(c => c.Id == id);

    public ExportResult Export(ExportOptions? options = null) =>
        ReviewExporter.Export(ClaimsPath, null, CsvPath, options ?? new ExportOptions(), CancellationToken.None);

    public ImportResult Import(string? csv = null) =>
        ReviewImporter.Import(new ImportOptions(csv ?? CsvPath, ClaimsPath, null, StorePath), TimeProvider.System, CancellationToken.None);

    public void Dispose() => Directory.Delete(Dir, recursive: true);

    private static ArticleRecord Article(string id, string text, string title, string? url) =>
        new() { Id = id, Text = text, Title = title, Url = url, Path = url is null ? $"samples/{id}.txt" : null };

    /// <summary>A claim whose spans are found in the article text, each searched from the sentence start.</summary>
    public static ClaimRecord Claim(string id, ArticleRecord a, string type, string sentence, string cue, string speaker,
        string? target, string content, double confidence)
    {
        int s = a.Text.IndexOf(sentence, StringComparison.Ordinal);
        Assert.That(s, Is.GreaterThanOrEqualTo(0), $"fixture sentence not in {a.Id}");
        int At(string part) => a.Text.IndexOf(part, s, StringComparison.Ordinal);
        Pipeline.Text.ClaimTypes.TryParse(type, out var t);
        return new ClaimRecord
        {
            Id = id,
            Article = new ArticleRef { Id = a.Id, Title = a.Title, Url = a.Url, Path = a.Path },
            Type = type,
            Cameo = Pipeline.Text.ClaimTypes.Cameo(t),
            Speaker = new MentionRecord { Text = speaker, Start = At(speaker), End = At(speaker) + speaker.Length, Kind = "GPE", Canonical = speaker, Country = "XXX" },
            Target = target is null ? null : new MentionRecord { Text = target, Start = At(target), End = At(target) + target.Length, Kind = "GPE" },
            Content = new SpanRecord { Text = content, Start = At(content), End = At(content) + content.Length },
            Cue = new CueRecord { Text = cue, Start = At(cue), End = At(cue) + cue.Length, Lemma = cue },
            Sentence = new SpanRecord { Text = sentence, Start = s, End = s + sentence.Length },
            Confidence = confidence,
            Status = confidence < 0.6 ? ClaimStatus.NeedsReview : ClaimStatus.Auto,
            Model = "claims test",
        };
    }
}
