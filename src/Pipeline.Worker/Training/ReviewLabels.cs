using Pipeline.Claims;
using Pipeline.Processing;
using Pipeline.Read;
using Pipeline.Review;
using Pipeline.Training;

namespace Pipeline.Worker.Training;

/// <summary>How the review store's decisions became labels.</summary>
public sealed record ReviewLabelCount(int Decisions, int Overrode, int Added, int Unresolved);

/// <summary>
/// Turns the review store's decisions into training labels: accepted = correct; rejected and fixed
/// (the claim as extracted was wrong) = wrong. A decision finds its claim by the stable claim id after
/// re-running the pipeline on the article (the gold articles, else the path the snapshot names), so
/// the features are computed from the full document, as at prediction time.
/// </summary>
public static class ReviewLabels
{
    public static (List<ClaimFeatureRow> Rows, ReviewLabelCount Count) Apply(
        string storePath, ConfidenceDataset data, ArticleProcessor processor, ClaimFeatures features, CancellationToken cancellationToken)
    {
        if (!ReviewStore.IsPostgres(storePath) && !File.Exists(storePath))
            throw new FileNotFoundException($"Review store '{storePath}' does not exist. Give the reviews.db that `review import` wrote (next to claims.jsonl), a postgres:Host=… store, or leave out --reviews.", storePath);
        using var store = ReviewStore.Open(storePath);
        var rows = data.Claims.ToDictionary(c => c.ClaimId, c => c.Row.Clone(), StringComparer.Ordinal);
        int overrode = 0, added = 0, unresolved = 0;
        var tried = new HashSet<string>(StringComparer.Ordinal);
        var decisions = store.Decisions();
        foreach (var d in decisions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = d.Decision.ClaimId;
            if (!data.ById.ContainsKey(id) && d.Original.Article.Path is { } path && File.Exists(path) && tried.Add(path))
                data.Add(processor, features, new RawInput(path, null, File.ReadAllBytes(path)), cancellationToken);
            if (!data.ById.TryGetValue(id, out var claim))
            {
                unresolved++;
                continue;
            }
            bool label = d.Decision.Kind == DecisionKind.Accept;
            if (rows.TryGetValue(id, out var row))
            {
                if (row.Label != label) overrode++;
                row.Label = label;
            }
            else
            {
                var extra = claim.Row.Clone();
                extra.Label = label;
                rows[id] = extra;
                added++;
            }
        }
        return (rows.Values.ToList(), new ReviewLabelCount(decisions.Count, overrode, added, unresolved));
    }
}
