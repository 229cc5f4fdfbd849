using Pipeline.Worker.Batch;

namespace Pipeline.Tests.Batch;

/// <summary>Command-line inputs expand to a stable, de-duplicated list of files.</summary>
public class InputFilesTests
{
    private BatchFolder _folder = null!;

    [SetUp]
    public void Create()
    {
        _folder = new BatchFolder();
        _folder.Write("b.txt", "ب");
        _folder.Write("a.txt", "أ");
        _folder.Write("2024/05/z.txt", "ز");
        _folder.Write("2024/01/m.html", "<p>م</p>");
        _folder.Write("2024/01/skip.pdf", "%PDF");
    }

    [TearDown]
    public void Remove() => _folder.Dispose();

    private string Relative(InputFile f) => Path.GetRelativePath(_folder.In, Path.GetFullPath(f.Path)).Replace('\\', '/');

    [Test]
    public void Recursive_glob_expands_to_matching_files_in_every_subfolder()
    {
        var files = InputFiles.Expand([_folder.In + "/**/*.txt"]).ToList();
        Assert.That(files.Select(Relative), Is.EquivalentTo(new[] { "a.txt", "b.txt", "2024/05/z.txt" }));
        Assert.That(files.All(f => f.SkipReason is null), Is.True);
    }

    [Test]
    public void Folder_expands_recursively_in_ordinal_order()
    {
        var files = InputFiles.Expand([_folder.In]).Select(Relative).ToList();
        Assert.That(files, Is.EqualTo(new[] { "2024/01/m.html", "2024/01/skip.pdf", "2024/05/z.txt", "a.txt", "b.txt" }));
    }

    [Test]
    public void Expansion_is_deterministic()
    {
        var first = InputFiles.Expand([_folder.In + "/**/*.*"]).Select(f => f.Path).ToList();
        var second = InputFiles.Expand([_folder.In + "/**/*.*"]).Select(f => f.Path).ToList();
        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [Test]
    public void File_named_twice_is_read_once()
    {
        var a = Path.Combine(_folder.In, "a.txt");
        var files = InputFiles.Expand([a, _folder.In, a]).ToList();
        Assert.That(files.Count(f => Path.GetFileName(f.Path) == "a.txt"), Is.EqualTo(1));
    }

    [Test]
    public void Non_article_extension_is_listed_with_a_skip_reason()
    {
        var pdf = InputFiles.Expand([_folder.In]).Single(f => f.Path.EndsWith(".pdf"));
        Assert.That(pdf.SkipReason, Does.Contain(".pdf"));
        Assert.That(pdf.Missing, Is.False);
    }

    [TestCase("no-such-file.txt")]
    [TestCase("nothing/**/*.txt")]
    [TestCase("*.docx")]
    public void Input_that_matches_nothing_is_missing(string input)
    {
        var files = InputFiles.Expand([Path.Combine(_folder.In, input)]).ToList();
        Assert.That(files, Has.Count.EqualTo(1));
        Assert.That(files[0].Missing, Is.True);
        Assert.That(files[0].SkipReason, Is.Not.Empty);
    }
}
