using Pipeline.Ner;
using Pipeline.Text;

namespace Pipeline.Tests.Ner;

public class NerModelTests
{
    private static readonly string[] Firsts = ["سمير", "احمد", "خالد", "نبيل", "يوسف"];
    private static readonly string[] Lasts = ["حداد", "منصور", "الخطيب", "عيسى", "نصار"];
    private static readonly string[] Places = ["دمشق", "بيروت", "القاهرة", "عمان", "بغداد", "الرياض"];

    /// <summary>30 templated sentences: a person of two words, a place, and an organisation of two words.</summary>
    internal static List<ConllSentence> Corpus()
    {
        var corpus = new List<ConllSentence>();
        for (int i = 0; i < 30; i++)
        {
            string f = Firsts[i % 5], l = Lasts[(i / 5 + i) % 5], p = Places[i % 6];
            corpus.Add((i % 3) switch
            {
                0 => Sentence($"قال الرئيس {f} {l} في {p} امس .", "O O B-PERS I-PERS O B-LOC O O"),
                1 => Sentence($"وصل {f} {l} الى {p} .", "O B-PERS I-PERS O B-LOC O"),
                _ => Sentence($"اعلنت وزارة الخارجية في {p} ان {f} {l} سيزور المنطقة .", "O B-ORG I-ORG O B-LOC O B-PERS I-PERS O O O"),
            });
        }
        return corpus;
    }

    private static ConllSentence Sentence(string tokens, string tags) => new(tokens.Split(' '), tags.Split(' '));

    private string _dir = "";

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(_dir = Path.Combine(Path.GetTempPath(), "ner-tests-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    private string WriteGazetteer()
    {
        string path = Path.Combine(_dir, NerModelFile.GazetteerFileName);
        NerGazetteerBuilder.Write([new GazetteerEntry(["دمشق"], "LOC_CITY", 1), new GazetteerEntry(["سمير"], "PERS_FIRST", 1)], path);
        return path;
    }

    internal static readonly NerTrainerOptions Small = new() { Trainer = "lbfgs", HashBits = 14, MaxIterations = 60, L1 = 0, L2 = 0.1f };

    [Test]
    public void A_model_trained_on_a_tiny_corpus_tags_an_obvious_sentence_and_survives_a_round_trip()
    {
        string gaz = WriteGazetteer();
        var model = NerTrainer.Train(Corpus(), NerGazetteer.Load(gaz), NerModelHeader.Sha256Of(gaz), "test", Small, CancellationToken.None);
        string[] sentence = "قال الرئيس خالد منصور في بيروت امس .".Split(' ');
        var tags = model.Predict(sentence);
        Assert.That(string.Join(' ', tags), Is.EqualTo("O O B-PERS I-PERS O B-LOC O O"));

        string path = Path.Combine(_dir, NerModelFile.ModelFileName);
        NerModelFile.Save(model, path);
        var loaded = NerModelFile.Load(_dir);
        Assert.That(loaded.Predict(sentence), Is.EqualTo(tags));
        Assert.That(loaded.Header.HashBits, Is.EqualTo(14));
    }

    [Test]
    public void A_stacked_model_keeps_its_first_pass_through_a_round_trip()
    {
        string gaz = WriteGazetteer();
        var options = Small with { Features = new NerFeatureOptions(Stacked: true, LexiconContext: true) };
        var model = NerTrainer.Train(Corpus(), NerGazetteer.Load(gaz), NerModelHeader.Sha256Of(gaz), "test", options, CancellationToken.None)
            .WithEntityBias(new Dictionary<string, double> { ["PERS"] = 0.5 });
        string[][] story = ["قال الرئيس خالد منصور في بيروت امس .".Split(' '), "وصل منصور الى دمشق .".Split(' ')];
        var tags = model.PredictDocument(story);
        Assert.That(string.Join(' ', tags[0]), Is.EqualTo("O O B-PERS I-PERS O B-LOC O O"));

        NerModelFile.Save(model, Path.Combine(_dir, NerModelFile.ModelFileName));
        var loaded = NerModelFile.Load(_dir);
        Assert.That(loaded.First, Is.Not.Null);
        Assert.That(loaded.Header.EntityBias!["PERS"], Is.EqualTo(0.5));
        Assert.That(loaded.PredictDocument(story), Is.EqualTo(tags));
    }

    [Test]
    public void A_stacked_model_file_without_its_first_pass_is_refused_with_the_path()
    {
        string gaz = WriteGazetteer();
        var options = Small with { Features = new NerFeatureOptions(Stacked: true) };
        var model = NerTrainer.Train(Corpus(), NerGazetteer.Load(gaz), NerModelHeader.Sha256Of(gaz), "test", options, CancellationToken.None);
        string path = Path.Combine(_dir, NerModelFile.ModelFileName);
        NerModelFile.Save(model, path);
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update)) zip.GetEntry("first/mlnet.zip")!.Delete();
        var ex = Assert.Throws<InvalidDataException>(() => NerModelFile.Load(path, gaz));
        Assert.That(ex!.Message, Does.Contain(path).And.Contain("first/mlnet.zip").And.Contain("train ner"));
    }

    [Test]
    public void A_strongly_negative_entity_bias_removes_that_type()
    {
        string gaz = WriteGazetteer();
        var model = NerTrainer.Train(Corpus(), NerGazetteer.Load(gaz), "", "test", Small, CancellationToken.None)
            .WithEntityBias(new Dictionary<string, double> { ["PERS"] = -50 });
        var tags = model.Predict("قال الرئيس خالد منصور في بيروت امس .".Split(' '));
        Assert.That(tags, Has.None.EndsWith("-PERS"));
        Assert.That(tags, Does.Contain("B-LOC"));
    }

    [Test]
    public void The_stage_adds_mentions_with_offsets_into_the_text()
    {
        string gaz = WriteGazetteer();
        var model = NerTrainer.Train(Corpus(), NerGazetteer.Load(gaz), "", "test", Small, CancellationToken.None);
        const string text = "وصل يوسف نصار الى بغداد.";
        var doc = new Document("d", text, new ArticleMeta());
        new Pipeline.Segment.TokenizeStage().Process(doc, CancellationToken.None);
        new NerStage(model).Process(doc, CancellationToken.None);
        Assert.That(doc.Mentions.Select(m => (m.Text, m.Kind, m.Source)),
            Is.EqualTo(new[] { ("يوسف نصار", MentionKind.PERSON, "ner"), ("بغداد", MentionKind.GPE, "ner") }));
        foreach (var m in doc.Mentions) Assert.That(text.Substring(m.Start, m.End - m.Start), Is.EqualTo(m.Text));
    }

    [Test]
    public void A_missing_model_file_names_the_path()
    {
        WriteGazetteer();
        var ex = Assert.Throws<FileNotFoundException>(() => NerModelFile.Load(_dir));
        Assert.That(ex!.Message, Does.Contain(Path.Combine(_dir, NerModelFile.ModelFileName)).And.Contain("train ner"));
    }

    [Test]
    public void A_corrupt_model_file_is_reported_as_invalid_data_with_the_path()
    {
        string gaz = WriteGazetteer();
        string path = Path.Combine(_dir, NerModelFile.ModelFileName);
        File.WriteAllBytes(path, Enumerable.Range(0, 500).Select(i => (byte)(i * 37)).ToArray());
        var ex = Assert.Throws<InvalidDataException>(() => NerModelFile.Load(path, gaz));
        Assert.That(ex!.Message, Does.Contain(path).And.Contain("cannot be read"));
    }

    [Test]
    public void A_missing_gazetteer_names_the_path()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => NerGazetteer.Load(Path.Combine(_dir, "none.tsv")));
        Assert.That(ex!.Message, Does.Contain(Path.Combine(_dir, "none.tsv")));
    }
}
