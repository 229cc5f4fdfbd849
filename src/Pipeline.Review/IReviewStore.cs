using Pipeline.Output;

namespace Pipeline.Review;

/// <summary>A decision as stored: what the reviewer decided, on which claim as first extracted, and when.</summary>
public sealed record StoredDecision(ReviewDecision Decision, string ArticleId, ClaimRecord Original, DateTimeOffset DecidedAt);

/// <summary>
/// Every review decision, keyed by the stable claim id with a snapshot of the claim as extracted, so
/// that re-extraction keeps human decisions (<see cref="ReviewApplier"/>) and training can use them as
/// labels (<see cref="Decisions"/>). Used by `review import`, by `extract`'s final pass and by
/// `train claims --reviews`. <see cref="ReviewStore.Open"/> picks the implementation: SQLite on one
/// machine (<see cref="SqliteReviewStore"/>), PostgreSQL for a cluster (<see cref="PostgresReviewStore"/>).
/// Lookups are safe from several threads.
/// </summary>
public interface IReviewStore : IDisposable
{
    /// <summary>Where the store lives, for messages: the SQLite path, or the PostgreSQL server without its password.</summary>
    string Location { get; }

    /// <summary>The decision stored for a claim id, or null.</summary>
    StoredDecision? Find(string claimId);

    /// <summary>Every stored decision, oldest first: the labels `train claims --reviews` reads.</summary>
    IReadOnlyList<StoredDecision> Decisions();

    /// <summary>
    /// Stores decisions in one transaction; a decision equal to the stored one is left alone (so its
    /// time stays), a new or changed one is written and logged in the history table. The claim
    /// snapshot is the one first stored. <paramref name="beforeCommit"/> runs inside the transaction,
    /// so when it throws (the claims file could not be written) nothing is stored either.
    /// Recording the same decisions twice, or from two machines at once, stores each change once.
    /// </summary>
    /// <returns>How many decisions were new or changed.</returns>
    int Record(IReadOnlyList<(ReviewDecision Decision, ClaimRecord Original)> decisions, DateTimeOffset at, Action? beforeCommit = null);
}
