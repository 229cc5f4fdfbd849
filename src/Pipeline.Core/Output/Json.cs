using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Pipeline.Output;

/// <summary>The one set of JSON options for every JSONL file the pipeline reads or writes.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Arabic stays readable in the files instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
        // The output records' metadata is generated at compile time (their first write costed ~0.1 s of JIT
        // per run); any other type goes through reflection as before. Same options, same bytes.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(RecordsJson.Default, new DefaultJsonTypeInfoResolver()),
    };

    public static string Line<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Parse<T>(string line) =>
        JsonSerializer.Deserialize<T>(line, Options) ?? throw new JsonException("The line holds JSON null.");
}

/// <summary>Compile-time JSON metadata of the records every run writes (see <see cref="Json.Options"/>).</summary>
[JsonSerializable(typeof(ArticleRecord))]
[JsonSerializable(typeof(ClaimRecord))]
[JsonSerializable(typeof(RejectRecord))]
internal sealed partial class RecordsJson : JsonSerializerContext;
