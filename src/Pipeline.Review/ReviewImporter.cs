using Pipeline.Output;

namespace Pipeline.Review;

/// <summary>Where `review import` reads and writes.</summary>
public sealed record ImportOptions(string CsvPath, string ClaimsPath, string? ArticlesPath = null, string? StorePath = null);

/// <summary>What an import did, for the command's summary.</summary>
public sealed record ImportResult(
    int Rows,
    IReadOnlyDictionary<DecisionKind, int> Applied,
    int ClaimsChanged,
    int DecisionsStored,
    IReadOnlyList<RowProblem> Problems,
    IReadOnlyList<string> Warnings,
    string StorePath);

/// <summary>
/// `review import`: reads the filled sheet, applies every valid decision to claims.jsonl (rewritten
/// atomically, only when something changed, so a repeated import leaves it byte-identical) and
/// records the decisions in the review store. Invalid rows are reported and skipped.
/// </summary>
public static class ReviewImporter
{
    public static ImportResult Import(ImportOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var sheet = ReviewSheet.Read(options.CsvPath, cancellationToken);
        var lines = JsonlFiles.ReadClaims(options.ClaimsPath, cancellationToken);
        var claims = new Dictionary<string, ClaimRecord>(StringComparer.Ordinal);
        foreach (var l in lines) claims.TryAdd(l.Claim.Id, l.Claim);

        var (decisions, problems) = ReviewRowValidator.Validate(sheet, claims);
        var warnings = new List<string>();
        var texts = decisions.Any(d => d.Decision.Kind == DecisionKind.Fix)
            ? ArticleTexts(options, warnings, cancellationToken)
            : new Dictionary<string, string>();

        string storePath = options.StorePath ?? ReviewStore.DefaultPath(options.ClaimsPath);
        using var store = ReviewStore.Open(storePath);
        var updated = new Dictionary<string, ClaimRecord>(StringComparer.Ordinal);
        var toStore = new List<(ReviewDecision, ClaimRecord)>();
        foreach (var (_, decision) in decisions)
        {
            var current = claims[decision.ClaimId];
            var original = store.Find(decision.ClaimId)?.Original;
            var basis = original is null ? current : ReviewApplier.Unreviewed(current, original);
            updated[decision.ClaimId] = ReviewApplier.Apply(basis, decision, texts.GetValueOrDefault(current.Article.Id));
            toStore.Add((decision, current));
        }

        int changed = 0;
        var output = lines.Select(l =>
        {
            if (!updated.TryGetValue(l.Claim.Id, out var u) || u == l.Claim) return l.Raw;
            changed++;
            return Json.Line(u);
        }).ToList();
        int stored = store.Record(toStore, clock.GetUtcNow(), () =>
        {
            if (changed > 0) AtomicFile.WriteLines(options.ClaimsPath, output, cancellationToken);
        });

        var applied = decisions.GroupBy(d => d.Decision.Kind).ToDictionary(g => g.Key, g => g.Count());
        return new ImportResult(sheet.Rows.Count, applied, changed, stored, problems, warnings, store.Location);
    }

    private static Dictionary<string, string> ArticleTexts(ImportOptions options, List<string> warnings, CancellationToken cancellationToken)
    {
        string path = options.ArticlesPath ?? JsonlFiles.ArticlesNextTo(options.ClaimsPath);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (options.ArticlesPath is null && !File.Exists(path))
        {
            warnings.Add($"{path}: not found, so fixed fields keep their text without offsets; pass --articles to locate them.");
            return texts;
        }
        foreach (var a in JsonlFiles.ReadArticles(path, cancellationToken)) texts.TryAdd(a.Id, a.Text);
        return texts;
    }
}
