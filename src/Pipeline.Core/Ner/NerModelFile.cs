using System.IO.Compression;
using Microsoft.ML;

namespace Pipeline.Ner;

/// <summary>
/// Reads and writes <c>models/ner.zip</c>: a zip holding <c>header.json</c> (<see cref="NerModelHeader"/>), <c>lexicon.tsv</c> (<see cref="NerLexicon"/>)
/// and <c>mlnet.zip</c> (the ML.NET model as <c>MLContext.Model.Save</c> writes it); a stacked model adds
/// <c>first/header.json</c> and <c>first/mlnet.zip</c>, its first pass, which shares the lexicon. The gazetteer
/// is the separate file <c>models/ner-gazetteer.tsv</c>; its SHA-256 must match the header.
/// </summary>
public static class NerModelFile
{
    public const string ModelFileName = "ner.zip";
    public const string GazetteerFileName = "ner-gazetteer.tsv";
    private const string HeaderEntry = "header.json";
    private const string ModelEntry = "mlnet.zip";
    private const string LexiconEntry = "lexicon.tsv";
    /// <summary>Folder inside the zip for the first pass of a stacked model.</summary>
    private const string FirstPrefix = "first/";

    /// <summary>Loads the model and gazetteer from a models/ folder (see <see cref="Pipeline.Processing.ModelPaths"/>).</summary>
    public static NerModel Load(string modelsDir) =>
        Load(Path.Combine(modelsDir, ModelFileName), Path.Combine(modelsDir, GazetteerFileName));

    public static NerModel Load(string modelPath, string gazetteerPath)
    {
        if (!File.Exists(modelPath))
            throw new FileNotFoundException($"NER model '{Path.GetFullPath(modelPath)}' is missing. Restore it (git checkout -- models/ner.zip) or rebuild it with `train ner` (see models/ner.md).", modelPath);
        string gazSha = File.Exists(gazetteerPath) ? NerModelHeader.Sha256Of(gazetteerPath) : "";
        try
        {
            using var zip = ZipFile.OpenRead(modelPath);
            var header = NerModelHeader.FromJson(ReadText(zip, HeaderEntry));
            if (header.Version != NerModelHeader.CurrentVersion || !header.Tags.SequenceEqual(NerTags.All))
                throw new InvalidDataException($"header version {header.Version} or tag set does not match this program (version {NerModelHeader.CurrentVersion})");
            // The ML.NET models load on another core while the gazetteer and lexicon are read (keeps start-up near 1 s).
            var mainBytes = Bytes(zip, ModelEntry);
            var firstBytes = header.Features.Stacked ? Bytes(zip, FirstPrefix + ModelEntry) : null;
            string? firstHeader = header.Features.Stacked ? ReadText(zip, FirstPrefix + HeaderEntry) : null;
            var loading = Task.Run(() => (ReadModel(mainBytes), firstBytes is null ? default : ReadModel(firstBytes)));
            NerLexicon lexicon;
            using (var r = new StreamReader(Entry(zip, LexiconEntry).Open())) lexicon = NerLexicon.Read(r);
            var gazetteer = NerGazetteer.Load(gazetteerPath);
            if (header.GazetteerSha256 != gazSha)
                throw new InvalidDataException($"it was trained with a gazetteer of SHA-256 {header.GazetteerSha256}, but '{gazetteerPath}' has {gazSha}");
            var (main, firstModel) = loading.GetAwaiter().GetResult();
            var first = firstHeader is null ? null
                : new NerModel(NerModelHeader.FromJson(firstHeader), gazetteer, lexicon, firstModel.Transformer, firstModel.Schema);
            return new NerModel(header, gazetteer, lexicon, main.Transformer, main.Schema, first);
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Text.Json.JsonException or FormatException or InvalidOperationException or EndOfStreamException)
        {
            throw new InvalidDataException($"NER model '{Path.GetFullPath(modelPath)}' cannot be read: {ex.Message}. Restore it (git checkout -- models/ner.zip) or rebuild it with `train ner` (see models/ner.md).", ex);
        }
    }

    public static void Save(NerModel model, string path)
    {
        string tmp = path + ".tmp";
        using (var zip = ZipFile.Open(tmp, ZipArchiveMode.Create))
        {
            using (var w = new StreamWriter(zip.CreateEntry(HeaderEntry).Open())) w.Write(model.Header.ToJson());
            using (var w = new StreamWriter(zip.CreateEntry(LexiconEntry).Open()) { NewLine = "\n" }) model.Lexicon.Write(w);
            WriteModel(zip, ModelEntry, model);
            if (model.First is { } first)
            {
                using (var w = new StreamWriter(zip.CreateEntry(FirstPrefix + HeaderEntry).Open())) w.Write(first.Header.ToJson());
                WriteModel(zip, FirstPrefix + ModelEntry, first);
            }
        }
        File.Move(tmp, path, overwrite: true);
    }

    private static void WriteModel(ZipArchive zip, string name, NerModel model)
    {
        using var ms = new MemoryStream(); // ML.NET writes its own zip and wants a seekable stream
        new MLContext(seed: 1).Model.Save(model.Transformer, model.InputSchema, ms);
        ms.Position = 0;
        using var e = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
        ms.CopyTo(e);
    }

    private static byte[] Bytes(ZipArchive zip, string name)
    {
        using var model = new MemoryStream();
        using (var s = Entry(zip, name).Open()) s.CopyTo(model);
        return model.ToArray();
    }

    private static (ITransformer Transformer, DataViewSchema Schema) ReadModel(byte[] bytes)
    {
        using var model = new MemoryStream(bytes, writable: false);
        var transformer = new MLContext(seed: 1).Model.Load(model, out var schema);
        return (transformer, schema);
    }

    private static ZipArchiveEntry Entry(ZipArchive zip, string name) =>
        zip.GetEntry(name) ?? throw new InvalidDataException($"the entry '{name}' is missing");

    private static string ReadText(ZipArchive zip, string name)
    {
        using var r = new StreamReader(Entry(zip, name).Open());
        return r.ReadToEnd();
    }
}
