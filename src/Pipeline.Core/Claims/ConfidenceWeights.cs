using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Claims;

/// <summary>
/// The confidence model's linear parameters in a small JSON file next to the ML.NET zip
/// (models/claims-confidence.weights.json): what <see cref="LinearConfidence"/> needs to score, so the
/// pipeline starts without loading ML.NET (about 0.5 s of a cold start). Written by <c>train claims</c>
/// with the zip's sha256, and checked against the zip at load: a zip retrained without its weights
/// fails loudly instead of scoring with stale ones.
/// </summary>
public sealed class ConfidenceWeights
{
    public const string FileName = "claims-confidence.weights.json";

    /// <summary>The layout of this file; a reader refuses any other.</summary>
    public const string CurrentFormat = "claims-confidence-weights/1";

    public string Format { get; set; } = CurrentFormat;

    /// <summary>The model file these weights were read from, and its sha256 (lower-case hex).</summary>
    public string Model { get; set; } = "";
    public string ModelSha256 { get; set; } = "";

    /// <summary>Per categorical column of <see cref="ClaimFeatureRow.Categorical"/>, in order: the weight of each category.</summary>
    public List<CategoricalWeights> Categorical { get; set; } = [];

    /// <summary>Per numeric column of <see cref="ClaimFeatureRow.Numeric"/>, in order: its bins and weight.</summary>
    public List<NumericWeights> Numeric { get; set; } = [];

    public float Bias { get; set; }

    /// <summary>The Platt calibrator: P = 1 / (1 + exp(slope · score + offset)).</summary>
    public double PlattSlope { get; set; }
    public double PlattOffset { get; set; }

    /// <summary>The sidecar path of a model zip: the same folder, <see cref="FileName"/>.</summary>
    public static string PathFor(string modelPath) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, FileName);

    public static string Sha256Of(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>Writes the file atomically (temporary file, then rename).</summary>
    public void Save(string path)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this, ConfidenceWeightsJson.Readable.ConfidenceWeights) + "\n");
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Reads the weights of <paramref name="modelPath"/>, failing with the path and the fix when the file is
    /// missing, unreadable, of another format or feature set, or made from another version of the zip.
    /// </summary>
    public static ConfidenceWeights Load(string path, string modelPath)
    {
        const string fix = "Rewrite it from the model with `pipeline train claims --weights-only` (no retraining), retrain both with "
            + "`pipeline train claims --gold shared/eval/dev/gold --articles shared/eval/dev/articles`, restore both with "
            + "`git checkout -- models/`, or set Pipeline:ClaimScorer to \"rules\" to run without them.";
        if (!File.Exists(path))
            throw new FileNotFoundException($"Confidence weights '{path}' are missing. {fix}", path);
        if (!File.Exists(modelPath))
            throw new FileNotFoundException($"Confidence model '{modelPath}' is missing (its weights '{path}' are checked against it). {fix}", modelPath);
        ConfidenceWeights? weights;
        try
        {
            weights = Read(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new InvalidDataException($"Confidence weights '{path}' cannot be read ({ex.GetType().Name}: {ex.Message}). {fix}", ex);
        }
        if (weights is null || weights.Format != CurrentFormat)
            throw new InvalidDataException($"Confidence weights '{path}' are not in the format {CurrentFormat} (found '{weights?.Format}'). {fix}");
        if (!weights.Categorical.Select(c => c.Column).SequenceEqual(ClaimFeatureRow.Categorical)
            || !weights.Numeric.Select(n => n.Column).SequenceEqual(ClaimFeatureRow.Numeric)
            || weights.Numeric.Any(n => n.UpperBounds.Length == 0 || n.Density == 0))
            throw new InvalidDataException($"Confidence weights '{path}' were made for other feature columns than this version's. {fix}");
        var sha = Sha256Of(modelPath);
        if (!string.Equals(sha, weights.ModelSha256, StringComparison.Ordinal))
            throw new InvalidDataException($"Confidence weights '{path}' are stale: they were read from a model with sha256 {weights.ModelSha256}, but '{modelPath}' has sha256 {sha}. {fix}");
        return weights;
    }

    /// <summary>
    /// Parses the file with JsonDocument rather than the serializer: the framework's precompiled reader costs
    /// a few milliseconds at start-up, where the serializer's first use cost about a hundred (JIT).
    /// </summary>
    private static ConfidenceWeights Read(byte[] utf8)
    {
        using var json = JsonDocument.Parse(utf8);
        var root = json.RootElement;
        var weights = new ConfidenceWeights
        {
            Format = root.GetProperty("format").GetString() ?? "",
            Model = root.GetProperty("model").GetString() ?? "",
            ModelSha256 = root.GetProperty("modelSha256").GetString() ?? "",
            Bias = Single(root.GetProperty("bias")),
            PlattSlope = Double(root.GetProperty("plattSlope")),
            PlattOffset = Double(root.GetProperty("plattOffset")),
        };
        foreach (var c in root.GetProperty("categorical").EnumerateArray())
        {
            var column = new CategoricalWeights { Column = c.GetProperty("column").GetString() ?? "" };
            foreach (var w in c.GetProperty("weights").EnumerateObject()) column.Weights[w.Name] = Single(w.Value);
            weights.Categorical.Add(column);
        }
        foreach (var n in root.GetProperty("numeric").EnumerateArray())
        {
            var bounds = new List<float>();
            foreach (var b in n.GetProperty("upperBounds").EnumerateArray()) bounds.Add(Single(b));
            weights.Numeric.Add(new NumericWeights
            {
                Column = n.GetProperty("column").GetString() ?? "",
                UpperBounds = [.. bounds],
                Density = Single(n.GetProperty("density")),
                Offset = Single(n.GetProperty("offset")),
                Weight = Single(n.GetProperty("weight")),
            });
        }
        return weights;
    }

    // the last bin's upper bound is infinite: written "Infinity", as the serializer's named literals allow
    private static float Single(JsonElement e) =>
        e.ValueKind == JsonValueKind.String ? float.Parse(e.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : e.GetSingle();

    private static double Double(JsonElement e) =>
        e.ValueKind == JsonValueKind.String ? double.Parse(e.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : e.GetDouble();
}

/// <summary>The weights of one categorical column: category → weight (an unseen category weighs 0).</summary>
public sealed class CategoricalWeights
{
    public string Column { get; set; } = "";
    public Dictionary<string, float> Weights { get; set; } = [];
}

/// <summary>One numeric column: ML.NET's bin normaliser (upper bounds, density, offset) and the column's weight.</summary>
public sealed class NumericWeights
{
    public string Column { get; set; } = "";
    public float[] UpperBounds { get; set; } = [];
    public float Density { get; set; }
    public float Offset { get; set; }
    public float Weight { get; set; }
}

/// <summary>Compile-time JSON for the weights file: no reflection at start-up.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(ConfidenceWeights))]
internal sealed partial class ConfidenceWeightsJson : JsonSerializerContext
{
    /// <summary>The generated context with Arabic categories left readable (not \uXXXX escapes).</summary>
    internal static readonly ConfidenceWeightsJson Readable = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
