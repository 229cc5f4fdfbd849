using Pipeline.Claims;
using Pipeline.Lexicons;
using Pipeline.Mentions;
using Pipeline.Processing;

namespace Pipeline.Tests.Lexicons;

/// <summary>A broken or missing data file fails loudly with the file, the line and the fix.</summary>
public class LexiconLoadErrorTests
{
    private TempModels _models = null!;

    [SetUp]
    public void Create() => _models = new TempModels();

    [TearDown]
    public void Remove() => _models.Dispose();

    [TestCase("نفى\tنفى", "expected form, lemma, type, class")]
    [TestCase("نفى\tنفى\tdenied\tverb", "unknown claim type 'denied'")]
    [TestCase("نفى\tنفى\tdenial\tadverb", "unknown cue class 'adverb'")]
    public void Malformed_cue_line_names_file_and_line(string badLine, string what)
    {
        var path = _models.Write("cues.tsv", "# form\tlemma\ttype\tclass", "قال\tقال\tstatement\tverb", badLine);
        var ex = Assert.Throws<InvalidDataException>(() => CueLexicon.Load(path));
        Assert.That(ex!.Message, Does.Contain($"{path}:3"));
        Assert.That(ex.Message, Does.Contain(what));
        Assert.That(ex.Message, Does.Contain("git checkout -- models/"), "the message says how to fix it");
    }

    [Test]
    public void Cue_file_with_only_comments_is_an_error()
    {
        var path = _models.Write("cues.tsv", "# nothing here", "");
        var ex = Assert.Throws<InvalidDataException>(() => CueLexicon.Load(path));
        Assert.That(ex!.Message, Does.Contain(path).And.Contain("empty"));
    }

    [Test]
    public void Malformed_gazetteer_line_names_file_and_line()
    {
        var path = _models.Write("actors-extra.tsv", "الصين\tالصين\tGPE\tCHN", "بكين");
        var ex = Assert.Throws<InvalidDataException>(() => ActorGazetteer.Load(path));
        Assert.That(ex!.Message, Does.Contain($"{path}:2"));
    }

    [Test]
    public void Head_word_with_an_unknown_kind_names_file_and_line()
    {
        var path = _models.Write("heads.tsv", "# word\tkind", "وزير\tPERSON", "شركة\tCOMPANY");
        var ex = Assert.Throws<InvalidDataException>(() => HeadWords.Load(path));
        Assert.That(ex!.Message, Does.Contain($"{path}:3"));
    }

    [Test]
    public void Content_cue_without_a_window_names_file_and_line()
    {
        var path = _models.Write("content-cues.tsv", "لا صحة\tdenial\t3", "لا أساس\tdenial");
        var ex = Assert.Throws<InvalidDataException>(() => ContentTyper.Load(path));
        Assert.That(ex!.Message, Does.Contain($"{path}:2"));
    }

    [Test]
    public void Missing_model_file_names_the_path()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => ModelPaths.Require(_models.Dir, "cues.tsv"));
        var expected = Path.Combine(_models.Dir, "cues.tsv");
        Assert.That(ex!.FileName, Is.EqualTo(expected));
        Assert.That(ex.Message, Does.Contain(expected).And.Contain("models/README.md"));
    }

    [Test]
    public void Present_model_file_gives_its_full_path()
    {
        var path = _models.Write("cues.tsv", "قال\tقال\tstatement\tverb");
        Assert.That(ModelPaths.Require(_models.Dir, "cues.tsv"), Is.EqualTo(path));
    }

    [TestCase("cues.tsv")]
    [TestCase("heads.tsv")]
    [TestCase("content-cues.tsv")]
    [TestCase("nonsubject-words.tsv")]
    [TestCase("claims-model.bin")]
    public void Loading_stages_without_a_model_file_names_that_file(string missing)
    {
        _models.CopyRepositoryModels(except: missing);
        var ex = Assert.Throws<FileNotFoundException>(() => Stages.Load(_models.Dir));
        Assert.That(ex!.FileName, Is.EqualTo(Path.Combine(_models.Dir, missing)));
    }

    [Test]
    public void Configured_models_folder_that_does_not_exist_is_an_error()
    {
        var missing = Path.Combine(_models.Dir, "no-such-folder");
        var ex = Assert.Throws<DirectoryNotFoundException>(() => ModelPaths.Locate(missing));
        Assert.That(ex!.Message, Does.Contain(missing).And.Contain("Pipeline:ModelsPath"));
    }

    [Test]
    public void Models_folder_is_found_from_the_test_folder()
    {
        Assert.That(File.Exists(Path.Combine(ModelPaths.Locate(), "cues.tsv")), Is.True);
    }
}
