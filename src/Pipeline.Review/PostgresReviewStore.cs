using Npgsql;
using Pipeline.Output;
using Pipeline.Storage;

namespace Pipeline.Review;

/// <summary>
/// The review store of a cluster, in PostgreSQL (<c>postgres:Host=…</c> as the store setting), so
/// every machine applies and adds to the same decisions. The tables are created when missing. Lookups
/// are served from a snapshot loaded at the first one and reloaded after each <see cref="Record"/>;
/// whether a decision is new or changed is decided by the database, not the snapshot, so machines
/// writing at once store each change once.
/// </summary>
public sealed class PostgresReviewStore : IReviewStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly Lock _gate = new();
    private Dictionary<string, StoredDecision>? _cache;

    private PostgresReviewStore(string location, NpgsqlDataSource dataSource)
    {
        Location = PostgresLocation.Describe(location);
        _dataSource = dataSource;
    }

    public string Location { get; }

    /// <summary>Opens the store a <c>postgres:</c> setting names, creating its tables when missing.</summary>
    public static PostgresReviewStore Open(string location)
    {
        NpgsqlDataSource dataSource;
        try
        {
            dataSource = PostgresLocation.DataSource("review store", location);
        }
        catch (ArgumentException ex)
        {
            throw new ReviewInputException(PostgresLocation.Describe(location), ex.Message, ex);
        }
        try
        {
            PostgresLocation.CreateSchema(dataSource, PostgresReviewSchema.Create, "review_decisions", "review_decision_history");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            dataSource.Dispose();
            throw new ReviewInputException(PostgresLocation.Describe(location),
                $"cannot open the review store ({ex.Message}); check the server is reachable and the postgres: connection string (--store, --reviews or Pipeline:ReviewStore).", ex);
        }
        return new PostgresReviewStore(location, dataSource);
    }

    public StoredDecision? Find(string claimId)
    {
        lock (_gate) return Cache().GetValueOrDefault(claimId);
    }

    public IReadOnlyList<StoredDecision> Decisions()
    {
        lock (_gate) return Cache().Values.OrderBy(d => d.DecidedAt).ThenBy(d => d.Decision.ClaimId, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc/>
    public int Record(IReadOnlyList<(ReviewDecision Decision, ClaimRecord Original)> decisions, DateTimeOffset at, Action? beforeCommit = null)
    {
        // Stored with the SQLite store's precision (milliseconds), so both give back the same times.
        var time = new DateTimeOffset(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        lock (_gate)
        {
            int changed = 0;
            using var connection = _dataSource.OpenConnection();
            using var tx = connection.BeginTransaction();
            // One claim order for every machine, so two imports lock rows in the same order and never deadlock.
            foreach (var (decision, original) in decisions.OrderBy(d => d.Decision.ClaimId, StringComparer.Ordinal))
                changed += PostgresReviewSchema.Upsert(connection, tx, new StoredDecision(decision, original.Article.Id, original, time));
            beforeCommit?.Invoke();
            tx.Commit();
            _cache = null;
            return changed;
        }
    }

    public void Dispose() => _dataSource.Dispose();

    private Dictionary<string, StoredDecision> Cache()
    {
        if (_cache is not null) return _cache;
        using var connection = _dataSource.OpenConnection();
        return _cache = PostgresReviewSchema.LoadAll(connection);
    }
}
