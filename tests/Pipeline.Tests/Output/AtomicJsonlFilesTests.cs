using Pipeline.Output;

namespace Pipeline.Tests.Output;

/// <summary>Readers only ever see complete runs: lines go to .partial files until Commit renames them.</summary>
public class AtomicJsonlFilesTests
{
    private string _dir = null!;

    [SetUp]
    public void Create() => _dir = Path.Combine(Path.GetTempPath(), "pipeline-tests-atomic-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void Remove()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, true);
    }

    [Test]
    public void Lines_are_invisible_under_the_final_name_until_commit()
    {
        using var files = new AtomicJsonlFiles(_dir, "claims.jsonl");
        files.WriteLine("claims.jsonl", "{\"a\":1}");
        files.Flush();
        Assert.That(File.Exists(files.PathOf("claims.jsonl")), Is.False);
        files.Commit();
        Assert.That(File.ReadAllText(files.PathOf("claims.jsonl")), Is.EqualTo("{\"a\":1}\n"));
        Assert.That(Directory.GetFiles(_dir, "*.partial"), Is.Empty);
    }

    [Test]
    public void Disposing_without_commit_keeps_the_previous_file()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "claims.jsonl"), "{\"old\":true}\n");
        using (var files = new AtomicJsonlFiles(_dir, "claims.jsonl"))
        {
            files.WriteLine("claims.jsonl", "{\"new\":true}");
        }
        Assert.That(File.ReadAllText(Path.Combine(_dir, "claims.jsonl")), Is.EqualTo("{\"old\":true}\n"));
    }

    [Test]
    public void Empty_run_commits_empty_files()
    {
        using var files = new AtomicJsonlFiles(_dir, "a.jsonl", "b.jsonl");
        files.Commit();
        Assert.That(new FileInfo(files.PathOf("a.jsonl")).Length, Is.EqualTo(0));
        Assert.That(new FileInfo(files.PathOf("b.jsonl")).Length, Is.EqualTo(0));
    }
}
