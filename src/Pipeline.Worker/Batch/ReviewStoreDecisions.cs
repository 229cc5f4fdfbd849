using Pipeline.Output;
using Pipeline.Review;

namespace Pipeline.Worker.Batch;

/// <summary>
/// Applies the decisions of the review store (reviews.db next to claims.jsonl, or Pipeline:ReviewStore: a SQLite path or a postgres: connection string)
/// to a run's claims, so accepted, rejected and corrected claims keep their status on every re-run.
/// </summary>
public sealed class ReviewStoreDecisions(string? configuredStore) : IClaimDecisions
{
    public IClaimDecisionApplier ForOutput(string outDir)
    {
        var path = string.IsNullOrWhiteSpace(configuredStore)
            ? ReviewStore.DefaultPath(Path.Combine(outDir, BatchRunner.ClaimsFile))
            : configuredStore;
        var store = ReviewStore.OpenIfExists(path);
        return store is null ? new NoClaimDecisions() : new Applier(store, store.Location);
    }

    private sealed class Applier(IReviewStore store, string location) : IClaimDecisionApplier
    {
        public int Applied { get; private set; }

        public string Source => location;

        public IEnumerable<ClaimRecord> Apply(ArticleRecord article, IReadOnlyList<ClaimRecord> claims)
        {
            var applied = ReviewApplier.Apply(claims, [article], store);
            for (int i = 0; i < claims.Count; i++)
            {
                if (!ReferenceEquals(applied[i], claims[i])) Applied++;
            }
            return applied;
        }

        public void Dispose() => store.Dispose();
    }
}
