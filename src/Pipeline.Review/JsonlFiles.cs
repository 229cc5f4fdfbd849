using System.Text.Json;
using Pipeline.Output;

namespace Pipeline.Review;

/// <summary>One claims.jsonl line: the record and the exact text it was read from.</summary>
public sealed record ClaimLine(int LineNumber, string Raw, ClaimRecord Claim);

/// <summary>
/// Reads the batch's articles.jsonl and claims.jsonl. Claim lines keep their raw text so that an
/// import rewrites only the claims it changes and a repeated import leaves the file byte-identical.
/// </summary>
public static class JsonlFiles
{
    public static IReadOnlyList<ClaimLine> ReadClaims(string path, CancellationToken cancellationToken) =>
        Read(path, "claims.jsonl (from `extract`)", (n, line) => new ClaimLine(n, line, Json.Parse<ClaimRecord>(line)), cancellationToken);

    public static IReadOnlyList<ArticleRecord> ReadArticles(string path, CancellationToken cancellationToken) =>
        Read(path, "articles.jsonl (from `extract`)", (_, line) => Json.Parse<ArticleRecord>(line), cancellationToken);

    /// <summary>Where articles.jsonl sits when no path is given: next to claims.jsonl.</summary>
    public static string ArticlesNextTo(string claimsPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(claimsPath)) ?? ".", "articles.jsonl");

    private static List<T> Read<T>(string path, string what, Func<int, string, T> parse, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
            throw new ReviewInputException(path, $"file not found; pass the path of {what} or run `extract` first.");
        var items = new List<T>();
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            cancellationToken.ThrowIfCancellationRequested();
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                items.Add(parse(n, line));
            }
            catch (JsonException ex)
            {
                throw new ReviewInputException(path, $"line {n} is not a valid record ({ex.Message}); repair or remove that line and run again.", ex);
            }
        }
        return items;
    }
}
