using System.Text.Json;
using AngleSharp.Dom;

namespace Pipeline.Extract;

/// <summary>
/// The article fields of a page's schema.org JSON-LD (<c>NewsArticle</c>, <c>Article</c>, …):
/// headline, datePublished, author name, publisher name and articleBody. Read with System.Text.Json;
/// malformed blocks are skipped because pages often ship broken JSON-LD next to good markup.
/// </summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? Author, string? Publisher, string? ArticleBody)
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The fields of the first article-typed object of the page (fields of later ones fill gaps).</summary>
    public static JsonLdArticle Read(IDocument document)
    {
        var found = new JsonLdArticle(null, null, null, null, null);
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            JsonDocument json;
            try { json = JsonDocument.Parse(script.TextContent.Trim(), Options); }
            catch (JsonException) { continue; } // broken JSON-LD is common; the HTML meta tags remain
            using (json)
                foreach (var obj in Objects(json.RootElement))
                    if (IsArticle(obj)) found = found.Merge(FromObject(obj));
        }
        return found;
    }

    private JsonLdArticle Merge(JsonLdArticle o) => new(Headline ?? o.Headline, DatePublished ?? o.DatePublished,
        Author ?? o.Author, Publisher ?? o.Publisher, ArticleBody ?? o.ArticleBody);

    private static JsonLdArticle FromObject(JsonElement o) => new(
        Str(o, "headline"), Str(o, "datePublished"), Name(o, "author"), Name(o, "publisher"), Str(o, "articleBody"));

    /// <summary>Every object of the block: the root, array items and @graph members.</summary>
    private static IEnumerable<JsonElement> Objects(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Array)
            foreach (var item in e.EnumerateArray()) foreach (var o in Objects(item)) yield return o;
        if (e.ValueKind != JsonValueKind.Object) yield break;
        yield return e;
        if (e.TryGetProperty("@graph", out var graph)) foreach (var o in Objects(graph)) yield return o;
    }

    private static bool IsArticle(JsonElement o)
    {
        if (!o.TryGetProperty("@type", out var type)) return false;
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()];
        return types.Any(t => t.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || t is "BlogPosting" or "Report" or "WebPage" && o.TryGetProperty("articleBody", out _));
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s.Trim() : null;

    /// <summary>A person or organisation name: a string, an object with "name", or the first of an array.</summary>
    private static string? Name(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Array) v = v.EnumerateArray().FirstOrDefault();
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Object => Str(v, "name"),
            _ => null,
        };
    }
}
