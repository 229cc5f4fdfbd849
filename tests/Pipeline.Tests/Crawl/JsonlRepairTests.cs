using System.Text;
using Pipeline.Crawl.Output;

namespace Pipeline.Tests.Crawl;

public class JsonlRepairTests
{
    private string _folder = null!;

    [SetUp]
    public void Folder() => Directory.CreateDirectory(_folder = Path.Combine(Path.GetTempPath(), "repair-" + Guid.NewGuid().ToString("N")[..8]));

    [TearDown]
    public void Clean() => Directory.Delete(_folder, true);

    private string File(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static string Claim(string id, string article) => $"{{\"id\":\"{id}\",\"article\":{{\"id\":\"{article}\"}},\"cue\":\"نفى\"}}";

    [Test]
    public void A_partial_last_line_is_cut()
    {
        string path = File("articles.jsonl", "{\"id\":\"a-1\"}\n{\"id\":\"a-2\",\"text\":\"نص مقط");
        long removed = JsonlRepair.TruncatePartialLine(path);
        Assert.That(System.IO.File.ReadAllText(path), Is.EqualTo("{\"id\":\"a-1\"}\n"));
        Assert.That(removed, Is.EqualTo(Encoding.UTF8.GetByteCount("{\"id\":\"a-2\",\"text\":\"نص مقط")));
    }

    [TestCase("")]
    [TestCase("{\"id\":\"a-1\"}\n")]
    public void Whole_files_are_left_alone(string content)
    {
        string path = File("articles.jsonl", content);
        Assert.That(JsonlRepair.TruncatePartialLine(path), Is.Zero);
        Assert.That(System.IO.File.ReadAllText(path), Is.EqualTo(content));
    }

    [Test]
    public void A_missing_file_needs_no_repair() =>
        Assert.That(JsonlRepair.TruncatePartialLine(Path.Combine(_folder, "none.jsonl")), Is.Zero);

    [Test]
    public void Claims_whose_article_line_was_never_written_are_dropped_from_the_end()
    {
        string kept = Claim("c-1", "a-1") + "\n" + Claim("c-2", "a-1") + "\n";
        string path = File("claims.jsonl", kept + Claim("c-3", "a-2") + "\n" + Claim("c-4", "a-2") + "\n" + "{\"id\":\"c-5\",\"art");
        JsonlRepair.DropOrphanClaims(path, new HashSet<string> { "a-1" });
        Assert.That(System.IO.File.ReadAllText(path), Is.EqualTo(kept));
    }

    [Test]
    public void All_claims_go_when_no_article_was_committed()
    {
        string path = File("claims.jsonl", Claim("c-1", "a-9") + "\n");
        JsonlRepair.DropOrphanClaims(path, new HashSet<string>());
        Assert.That(System.IO.File.ReadAllText(path), Is.Empty);
    }
}
