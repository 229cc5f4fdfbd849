using System.IO.Compression;
using System.Runtime.CompilerServices;
using Microsoft.ML;

namespace Pipeline.Ner;

/// <summary>
/// Reads and writes <c>models/ner.zip</c>: a zip holding <c>header.json</c> (<see cref="NerModelHeader"/>), <c>lexicon.tsv</c> (<see cref="NerLexicon"/>)
/// <c>mlnet.zip</c> (the ML.NET model as <c>MLContext.Model.Save</c> writes it) and <c>weights.bin</c> (the same
/// weights for scoring, <see cref="NerWeightsFile"/>); a stacked model adds <c>first/header.json</c>, <c>first/mlnet.zip</c>
/// and <c>first/weights.bin</c>, its first pass, which shares the lexicon. Loading reads weights.bin and leaves
/// ML.NET unloaded (it is loaded only to save the model again); a zip written before weights.bin existed
/// loads through ML.NET. The gazetteer is the separate file <c>models/ner-gazetteer.tsv</c>; its SHA-256 must match the header.
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
            var main = ReadPass(zip, modelPath, "", header);
            var firstPass = header.Features.Stacked ? ReadPass(zip, modelPath, FirstPrefix, NerModelHeader.FromJson(ReadText(zip, FirstPrefix + HeaderEntry))) : null;
            // The weights (weights.bin, or the ML.NET model of an older zip) load on another core while the lexicon and gazetteer are read.
            var loading = Task.Run(() => (main.Unpack(), firstPass?.Unpack()));
            NerLexicon lexicon;
            using (var r = new StreamReader(Entry(zip, LexiconEntry).Open())) lexicon = NerLexicon.Read(r);
            var gazetteer = NerGazetteer.Load(gazetteerPath);
            if (header.GazetteerSha256 != gazSha)
                throw new InvalidDataException($"it was trained with a gazetteer of SHA-256 {header.GazetteerSha256}, but '{gazetteerPath}' has {gazSha}");
            var (mainWeights, firstWeights) = loading.GetAwaiter().GetResult();
            var first = firstPass is null ? null : new NerModel(firstPass.Header, gazetteer, lexicon, firstWeights!, firstPass.MlNet);
            return new NerModel(header, gazetteer, lexicon, mainWeights, main.MlNet, first);
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
            WriteModel(zip, "", model);
            if (model.First is { } first)
            {
                using (var w = new StreamWriter(zip.CreateEntry(FirstPrefix + HeaderEntry).Open())) w.Write(first.Header.ToJson());
                WriteModel(zip, FirstPrefix, first);
            }
        }
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>Writes one pass: its ML.NET model (mlnet.zip) and its scoring weights (weights.bin), under <paramref name="prefix"/>.</summary>
    private static void WriteModel(ZipArchive zip, string prefix, NerModel model)
    {
        using (var ms = new MemoryStream()) // ML.NET writes its own zip and wants a seekable stream
        {
            new MLContext(seed: 1).Model.Save(model.MlNet.Transformer, model.MlNet.InputSchema, ms);
            ms.Position = 0;
            using var e = zip.CreateEntry(prefix + ModelEntry, CompressionLevel.NoCompression).Open();
            ms.CopyTo(e);
        }
        using var weights = zip.CreateEntry(prefix + NerWeightsFile.EntryName, CompressionLevel.NoCompression).Open();
        NerWeightsFile.Write(model.Weights, weights);
    }

    /// <summary>
    /// One pass of the zip (the model, or the first pass of a stacked one). With weights.bin, <see cref="Unpack"/> reads
    /// it through its own handle on the zip (so it can run beside the lexicon and gazetteer) and the ML.NET model stays
    /// in the zip until a save asks for it; without, the ML.NET model is loaded from <see cref="MlNet"/> and unpacked.
    /// </summary>
    private sealed record Pass(NerModelHeader Header, string ModelPath, string Prefix, bool HasWeights, Lazy<NerModel.MlNetModel> MlNet)
    {
        public NerWeights Unpack() => HasWeights ? ReadWeights() : UnpackMlNet();

        private NerWeights ReadWeights()
        {
            using var zip = ZipFile.OpenRead(ModelPath);
            using var s = Entry(zip, Prefix + NerWeightsFile.EntryName).Open();
            return NerWeightsFile.Read(s, Header, Prefix + NerWeightsFile.EntryName);
        }

        // Kept out of line: compiling it loads the ML.NET assemblies, which a zip with weights.bin never needs.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private NerWeights UnpackMlNet() => NerWeights.FromTransformer(MlNet.Value.Transformer, Header.Tags.Count, Header.HashBits);
    }

    private static Pass ReadPass(ZipArchive zip, string modelPath, string prefix, NerModelHeader header)
    {
        string name = prefix + ModelEntry, fullPath = Path.GetFullPath(modelPath);
        Entry(zip, name); // fail at start-up, not at the next save, when it is missing
        if (zip.GetEntry(prefix + NerWeightsFile.EntryName) is not null)
            return new Pass(header, fullPath, prefix, true, new Lazy<NerModel.MlNetModel>(() => ReadModelFrom(fullPath, name)));
        var bytes = Bytes(zip, name);
        return new Pass(header, fullPath, prefix, false, new Lazy<NerModel.MlNetModel>(() => ReadModel(bytes)));
    }

    /// <summary>Reads the ML.NET model of a zip loaded earlier (from its weights.bin), when it is saved again.</summary>
    private static NerModel.MlNetModel ReadModelFrom(string modelPath, string name)
    {
        try
        {
            using var zip = ZipFile.OpenRead(modelPath);
            return ReadModel(Bytes(zip, name));
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or InvalidOperationException or EndOfStreamException or IOException)
        {
            throw new InvalidDataException($"NER model '{modelPath}' cannot be read again for its ML.NET model: {ex.Message}. Restore it (git checkout -- models/ner.zip) or rebuild it with `train ner` (see models/ner.md).", ex);
        }
    }

    private static byte[] Bytes(ZipArchive zip, string name)
    {
        var entry = Entry(zip, name);
        var bytes = new byte[entry.Length];
        using (var s = entry.Open()) s.ReadExactly(bytes);
        return bytes;
    }

    private static NerModel.MlNetModel ReadModel(byte[] bytes)
    {
        using var model = new MemoryStream(bytes, writable: false);
        var transformer = new MLContext(seed: 1).Model.Load(model, out var schema);
        return new NerModel.MlNetModel(transformer, schema);
    }

    private static ZipArchiveEntry Entry(ZipArchive zip, string name) =>
        zip.GetEntry(name) ?? throw new InvalidDataException($"the entry '{name}' is missing");

    private static string ReadText(ZipArchive zip, string name)
    {
        using var r = new StreamReader(Entry(zip, name).Open());
        return r.ReadToEnd();
    }
}
