using System.Text.Json;
using System.Text.Json.Serialization;
using Pipeline.Mentions;
using Pipeline.Normalise;
using Pipeline.Output;

// Not Pipeline.Tests.Processing: that namespace would shadow Pipeline.Processing in other test files.
namespace Pipeline.Tests.Samples;

/// <summary>One line of samples/NAME.expected.jsonl: a claim an analyst expects, as surface strings (gold-file style).</summary>
public sealed record ExpectedClaim(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("speaker")] string Speaker,
    [property: JsonPropertyName("target")] string? Target,
    [property: JsonPropertyName("content")] string Content,
    [property: JsonPropertyName("quote")] string? Quote,
    [property: JsonPropertyName("cue")] string Cue);

/// <summary>
/// The lenient match used for sample recall: the same type, speakers sharing a word, and at least half
/// of the expected content's words in the found content or quote. Words are compared in the
/// normalised form without the article, so الحكومة and حكومة, أكد and اكد agree.
/// </summary>
public static class ExpectedClaims
{
    public static List<ExpectedClaim> Load(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<ExpectedClaim>(l) ?? throw new InvalidDataException($"{path}: a line holds JSON null"))
            .ToList();

    public static HashSet<string> Words(string? text) =>
        System.Text.RegularExpressions.Regex.Split(ArabicNormalizer.Normalize(text ?? ""), @"[^\p{L}\p{Nd}]+")
            .Where(w => w.Length > 0)
            .Select(ActorGazetteer.Key)
            .ToHashSet(StringComparer.Ordinal);

    public static bool Matches(ExpectedClaim expected, ClaimRecord found)
    {
        if (expected.Type != found.Type) return false;
        if (!Words(expected.Speaker).Overlaps(Words(found.Speaker.Text))) return false;
        var want = Words(expected.Content);
        var have = Words($"{found.Content?.Text} {found.Quote?.Text}");
        return want.Count > 0 && want.Count(have.Contains) * 2 >= want.Count;
    }

    /// <summary>How many expected claims a found claim matches, each found claim used at most once.</summary>
    public static int Found(IReadOnlyList<ExpectedClaim> expected, IReadOnlyList<ClaimRecord> found, List<ExpectedClaim> missed)
    {
        var used = new bool[found.Count];
        int n = 0;
        foreach (var e in expected)
        {
            int i = Enumerable.Range(0, found.Count).FirstOrDefault(k => !used[k] && Matches(e, found[k]), -1);
            if (i < 0)
            {
                missed.Add(e);
                continue;
            }
            used[i] = true;
            n++;
        }
        return n;
    }
}
