using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Cluster;
using Pipeline.Cluster.Output;
using Pipeline.Output;

namespace Pipeline.Tests.Cluster;

/// <summary>
/// The merge of the silos' partitions into one day's files: once per article id, once per claim id,
/// claims only of kept articles, and a killed silo's partial line cut.
/// </summary>
public class PartitionMergeTests
{
    private string _root = "";
    private string Day => Path.Combine(_root, "2026-12-06");

    [SetUp]
    public void Create()
    {
        _root = Path.Combine(Path.GetTempPath(), "merge-test-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Day);
    }

    [TearDown]
    public void Delete() => Directory.Delete(_root, recursive: true);

    [Test]
    public void An_article_written_by_two_silos_is_kept_once_with_its_claims_once()
    {
        Write("part-s1.", [Article("a-1"), Article("a-2")], [Claim("c-1", "a-1"), Claim("c-2", "a-2")]);
        Write("part-s2.", [Article("a-2"), Article("a-3")], [Claim("c-2", "a-2"), Claim("c-3", "a-3")]);

        var result = PartitionMerge.Merge(_root, NullLogger.Instance).Single();

        Assert.That(Ids("articles.jsonl", l => Json.Parse<ArticleRecord>(l).Id), Is.EqualTo(new[] { "a-1", "a-2", "a-3" }));
        Assert.That(Ids("claims.jsonl", l => Json.Parse<ClaimRecord>(l).Id), Is.EqualTo(new[] { "c-1", "c-2", "c-3" }));
        Assert.That((result.Partitions, result.DuplicateArticles), Is.EqualTo((2, 1)));
    }

    [Test]
    public void A_killed_silos_partial_line_and_orphan_claims_are_dropped()
    {
        Write("part-s1.", [Article("a-1")], [Claim("c-1", "a-1"), Claim("c-9", "a-9")]);
        File.AppendAllText(Path.Combine(Day, "part-s1.articles.jsonl"), "{\"schema\":\"articles/1\",\"id\":\"a-9\",\"te");

        PartitionMerge.Merge(_root, NullLogger.Instance);

        Assert.That(Ids("articles.jsonl", l => Json.Parse<ArticleRecord>(l).Id), Is.EqualTo(new[] { "a-1" }));
        Assert.That(Ids("claims.jsonl", l => Json.Parse<ClaimRecord>(l).Id), Is.EqualTo(new[] { "c-1" }));
    }

    [Test]
    public void Merging_twice_gives_the_same_files()
    {
        Write("part-s1.", [Article("a-1")], [Claim("c-1", "a-1")]);
        Write("part-s2.", [Article("a-2")], [Claim("c-2", "a-2")]);
        PartitionMerge.Merge(_root, NullLogger.Instance);
        string first = File.ReadAllText(Path.Combine(Day, "claims.jsonl"));

        PartitionMerge.Merge(_root, NullLogger.Instance);

        Assert.That(File.ReadAllText(Path.Combine(Day, "claims.jsonl")), Is.EqualTo(first));
    }

    [Test]
    public void A_folder_without_partitions_is_left_alone() =>
        Assert.That(PartitionMerge.Merge(_root, NullLogger.Instance), Is.Empty);

    [TestCase("s1", "s1")]
    [TestCase("news crawl/1", "news_crawl_1")]
    [TestCase("خادم", "____")]
    public void Silo_names_are_safe_in_file_names(string name, string expected) =>
        Assert.That(new SiloIdentity(name).Name, Is.EqualTo(expected));

    private void Write(string prefix, ArticleRecord[] articles, ClaimRecord[] claims)
    {
        File.WriteAllLines(Path.Combine(Day, prefix + "claims.jsonl"), claims.Select(c => Json.Line(c)));
        File.WriteAllLines(Path.Combine(Day, prefix + "articles.jsonl"), articles.Select(a => Json.Line(a)));
    }

    private List<string> Ids(string file, Func<string, string> id) =>
        File.ReadAllLines(Path.Combine(Day, file)).Where(l => l.Length > 0).Select(id).ToList();

    private static ArticleRecord Article(string id) => new() { Id = id, Url = $"http://127.0.0.1/{id}.html", Text = "قال الوزير إن المفاوضات ستستأنف." };

    private static ClaimRecord Claim(string id, string article) => new()
    {
        Id = id,
        Article = new ArticleRef { Id = article },
        Type = "statement",
        Cameo = "010",
        Speaker = new MentionRecord { Text = "الوزير", Start = 4, End = 10 },
        Cue = new CueRecord { Text = "قال", Start = 0, End = 3, Lemma = "قال" },
        Sentence = new SpanRecord { Text = "قال الوزير إن المفاوضات ستستأنف.", Start = 0, End = 32 },
        Status = "auto",
        Model = "test",
    };
}
