using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

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
    };

    public static string Line<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Parse<T>(string line) =>
        JsonSerializer.Deserialize<T>(line, Options) ?? throw new JsonException("The line holds JSON null.");
}
