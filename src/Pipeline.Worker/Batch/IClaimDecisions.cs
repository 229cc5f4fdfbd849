using Pipeline.Output;

namespace Pipeline.Worker.Batch;

/// <summary>
/// Human review decisions applied as the last pass of a run, so a re-run keeps what reviewers decided
/// and does not send the same claims back for review.
/// </summary>
public interface IClaimDecisions
{
    /// <summary>The decisions that apply to a run writing into <paramref name="outDir"/>.</summary>
    IClaimDecisionApplier ForOutput(string outDir);
}

/// <summary>Applies stored decisions to freshly extracted claims with the same ids.</summary>
public interface IClaimDecisionApplier : IDisposable
{
    int Applied { get; }

    string Source { get; }

    IEnumerable<ClaimRecord> Apply(ArticleRecord article, IReadOnlyList<ClaimRecord> claims);
}

/// <summary>No review store: claims pass unchanged.</summary>
public sealed class NoClaimDecisions : IClaimDecisions, IClaimDecisionApplier
{
    public int Applied => 0;

    public string Source => "(none)";

    public IClaimDecisionApplier ForOutput(string outDir) => this;

    public IEnumerable<ClaimRecord> Apply(ArticleRecord article, IReadOnlyList<ClaimRecord> claims) => claims;

    public void Dispose()
    {
    }
}
