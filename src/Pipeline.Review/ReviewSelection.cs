using Pipeline.Output;

namespace Pipeline.Review;

/// <summary>Which claims go out for review.</summary>
public sealed record ExportOptions
{
    /// <summary>When set, every claim with a confidence under this value; otherwise the claims marked needs_review.</summary>
    public double? Below { get; init; }

    /// <summary>When non-empty, only these claim types (contract names, any case).</summary>
    public IReadOnlyCollection<string> Types { get; init; } = [];

    /// <summary>Also export claims that already carry a decision (accepted, rejected, corrected).</summary>
    public bool IncludeReviewed { get; init; }

    /// <summary>The CSV separator: ',' by default; ';' suits spreadsheets in locales whose list separator is ';'.</summary>
    public char Separator { get; init; } = ',';
}

/// <summary>
/// Picks the claims to review and orders them so that a reviewer reads one article's claims
/// together: articles in articles.jsonl order (unknown articles after, in order of first
/// appearance), then by sentence start, cue start and id.
/// </summary>
public static class ReviewSelection
{
    public static IReadOnlyList<ClaimRecord> Select(IReadOnlyList<ClaimRecord> claims, IReadOnlyList<ArticleRecord> articles, ExportOptions options)
    {
        var types = new HashSet<string>(options.Types.Select(t => t.Trim()), StringComparer.OrdinalIgnoreCase);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in articles) order.TryAdd(a.Id, order.Count);
        foreach (var c in claims) order.TryAdd(c.Article.Id, order.Count);

        return claims
            .Where(c => types.Count == 0 || types.Contains(c.Type))
            .Where(c => options.IncludeReviewed || !IsReviewed(c.Status))
            .Where(c => options.Below is { } below ? c.Confidence < below : c.Status == ClaimStatus.NeedsReview)
            .OrderBy(c => order[c.Article.Id])
            .ThenBy(c => c.Sentence.Start ?? int.MaxValue)
            .ThenBy(c => c.Cue.Start)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>True for the statuses a review decision gives.</summary>
    public static bool IsReviewed(string status) =>
        status is ClaimStatus.Accepted or ClaimStatus.Rejected or ClaimStatus.Corrected;
}
