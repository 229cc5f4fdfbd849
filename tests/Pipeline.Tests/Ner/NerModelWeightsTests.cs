using System.IO.Compression;
using Pipeline.Ner;

namespace Pipeline.Tests.Ner;

/// <summary>ner.zip with and without weights.bin: the fast load must tag exactly as the ML.NET one.</summary>
public class NerModelWeightsTests
{
    private static readonly string[][] Story =
    [
        "قال الرئيس خالد منصور في بيروت امس .".Split(' '),
        "اعلنت وزارة الخارجية في دمشق ان سمير حداد سيزور المنطقة .".Split(' '),
        "وصل يوسف نصار الى بغداد .".Split(' '),
    ];

    private string _dir = "";
    private string _gazetteer = "";
    private NerModel _model = null!;

    [OneTimeSetUp]
    public void TrainOnce()
    {
        _dir = Path.Combine(Path.GetTempPath(), "ner-weights-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        _gazetteer = Path.Combine(_dir, NerModelFile.GazetteerFileName);
        NerGazetteerBuilder.Write([new GazetteerEntry(["دمشق"], "LOC_CITY", 1), new GazetteerEntry(["سمير"], "PERS_FIRST", 1)], _gazetteer);
        _model = NerTrainer.Train(NerModelTests.Corpus(), NerGazetteer.Load(_gazetteer), NerModelHeader.Sha256Of(_gazetteer), "test",
            NerModelTests.Small, CancellationToken.None).WithOutsideBias(0.25);
    }

    [OneTimeTearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    /// <summary>Saves the model to a zip of its own (beside the shared gazetteer) and returns its path.</summary>
    private string Saved(string name)
    {
        string path = Path.Combine(_dir, name + ".zip");
        NerModelFile.Save(_model, path);
        return path;
    }

    private static void Rewrite(string path, string entry, Func<byte[], byte[]?> change)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var old = zip.GetEntry(entry)!;
        byte[] bytes;
        using (var ms = new MemoryStream())
        {
            using (var s = old.Open()) s.CopyTo(ms);
            bytes = ms.ToArray();
        }
        old.Delete();
        if (change(bytes) is not { } changed) return;
        using var w = zip.CreateEntry(entry).Open();
        w.Write(changed);
    }

    /// <summary>Every log-probability the decoder sees, for every token of the story.</summary>
    private static List<double[,]> Scores(NerModel model) =>
        Story.SelectMany(s => model.Scores(model.Features.Analyse(s), null)).ToList();

    [Test]
    public void A_saved_model_holds_weights_bin_beside_its_ml_net_model()
    {
        using var zip = ZipFile.OpenRead(Saved("entries"));
        Assert.That(zip.Entries.Select(e => e.FullName), Is.SupersetOf(new[] { "header.json", "lexicon.tsv", "mlnet.zip", "weights.bin" }));
    }

    [Test]
    public void Weights_bin_and_the_ml_net_model_give_identical_scores_and_tags()
    {
        string fast = Saved("fast"), slow = Saved("slow");
        Rewrite(slow, NerWeightsFile.EntryName, _ => null);
        var viaWeights = NerModelFile.Load(fast, _gazetteer);
        var viaMlNet = NerModelFile.Load(slow, _gazetteer);

        Assert.That(Scores(viaWeights), Is.EqualTo(Scores(viaMlNet)));
        Assert.That(Scores(viaWeights), Is.EqualTo(Scores(_model)));
        Assert.That(viaWeights.PredictDocument(Story), Is.EqualTo(_model.PredictDocument(Story)));
        Assert.That(string.Join(' ', viaWeights.Predict(Story[0])), Is.EqualTo("O O B-PERS I-PERS O B-LOC O O"));
    }

    [Test]
    public void A_zip_without_weights_bin_still_loads_through_ml_net()
    {
        string path = Saved("old");
        Rewrite(path, NerWeightsFile.EntryName, _ => null);
        var loaded = NerModelFile.Load(path, _gazetteer);
        Assert.That(loaded.Weights.RowCount, Is.EqualTo(_model.Weights.RowCount));
        Assert.That(loaded.PredictDocument(Story), Is.EqualTo(_model.PredictDocument(Story)));
    }

    [Test]
    public void A_model_loaded_from_weights_bin_saves_again_with_its_ml_net_model()
    {
        var loaded = NerModelFile.Load(Saved("resave"), _gazetteer);
        string again = Path.Combine(_dir, "again.zip");
        NerModelFile.Save(loaded, again);
        Rewrite(again, NerWeightsFile.EntryName, _ => null); // so the next load has to use the re-saved ML.NET model
        Assert.That(NerModelFile.Load(again, _gazetteer).PredictDocument(Story), Is.EqualTo(_model.PredictDocument(Story)));
    }

    [TestCase("truncated", "truncated")]
    [TestCase("one byte more", "bytes after")]
    [TestCase("hash bits 15", "header.json says 9 tags over 2^14")]
    [TestCase("8 tags", "header.json says 9 tags over 2^14")]
    [TestCase("version 2", "format 2")]
    [TestCase("not weights", "not a NER weights file")]
    public void A_damaged_or_mismatched_weights_bin_is_refused_with_the_path_and_the_fix(string damage, string message)
    {
        string path = Saved("damaged-" + damage.Replace(' ', '-'));
        Rewrite(path, NerWeightsFile.EntryName, bytes => damage switch
        {
            "truncated" => bytes[..(bytes.Length - 5)],
            "one byte more" => [.. bytes, 0],
            "hash bits 15" => Patch(bytes, 12, 15),
            "8 tags" => Patch(bytes, 8, 8),
            "version 2" => Patch(bytes, 4, 2),
            _ => Patch(bytes, 0, 0),
        });
        var ex = Assert.Throws<InvalidDataException>(() => NerModelFile.Load(path, _gazetteer));
        Assert.That(ex!.Message, Does.Contain($"NER model '{path}' cannot be read").And.Contain("weights.bin").And.Contain(message)
            .And.Contain("train ner --weights-only").And.Contain("git checkout -- models/ner.zip"));
    }

    private static byte[] Patch(byte[] bytes, int offset, int value)
    {
        BitConverter.GetBytes(value).CopyTo(bytes, offset);
        return bytes;
    }
}
