using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Ner;

/// <summary>
/// <see cref="OutsideBias"/> is subtracted from the log-probability of O before decoding; picked on dev
/// to trade the max-ent model's caution for recall. <see cref="EntityBias"/> is added to the log-probability
/// of B-X for entity type X (also picked on dev), as types differ in how cautious the model is.
/// The JSON header stored beside the ML.NET model inside <c>ner.zip</c>: what the weights mean (tag
/// order, hashing bits, feature options) and where they came from (training file and gazetteer hashes).
/// </summary>
public sealed record NerModelHeader(
    int Version,
    IReadOnlyList<string> Tags,
    int HashBits,
    NerFeatureOptions Features,
    string Trainer,
    string TrainSha256,
    int TrainSentences,
    string GazetteerSha256,
    string CreatedUtc,
    double OutsideBias = 0,
    IReadOnlyDictionary<string, double>? EntityBias = null)
{
    /// <summary>Bumped whenever feature templates change, so an old model is refused instead of misread.</summary>
    public const int CurrentVersion = 3;

    public string ToJson() => JsonSerializer.Serialize(this, NerModelHeaderJson.Default.NerModelHeader);

    public static NerModelHeader FromJson(string json) =>
        JsonSerializer.Deserialize(json, NerModelHeaderJson.Default.NerModelHeader) ?? throw new InvalidDataException("The NER model header is empty.");

    /// <summary>Lower-case hex SHA-256 of a file (training data, gazetteer, model).</summary>
    public static string Sha256Of(string path)
    {
        using var s = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(s));
    }

    public static string Sha256Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>Compile-time JSON for the header: the reflection serializer's first use cost tens of milliseconds of each model load.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(NerModelHeader))]
internal sealed partial class NerModelHeaderJson : JsonSerializerContext;
