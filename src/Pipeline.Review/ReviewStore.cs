using System.Globalization;
using Microsoft.Data.Sqlite;
using Pipeline.Output;

namespace Pipeline.Review;

/// <summary>A decision as stored: what the reviewer decided, on which claim as first extracted, and when.</summary>
public sealed record StoredDecision(ReviewDecision Decision, string ArticleId, ClaimRecord Original, DateTimeOffset DecidedAt);

/// <summary>
/// Every review decision, in SQLite (default <c>reviews.db</c> next to claims.jsonl), keyed by the
/// stable claim id with a snapshot of the claim as extracted, so that re-extraction keeps human
/// decisions (<see cref="ReviewApplier"/>) and training can use them as labels (<see cref="Decisions"/>).
/// Lookups are served from memory and are safe from several threads.
/// </summary>
public sealed class ReviewStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();
    private Dictionary<string, StoredDecision>? _cache;

    private ReviewStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    public string Path { get; }

    /// <summary>Where the store lives when no --store is given: reviews.db next to claims.jsonl.</summary>
    public static string DefaultPath(string claimsPath) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(claimsPath)) ?? ".", "reviews.db");

    /// <summary>Opens the store at <paramref name="path"/>, creating the file and its tables when missing.</summary>
    public static ReviewStore Open(string path)
    {
        string? dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false, // release the file on Dispose
        }.ToString());
        try
        {
            connection.Open();
            ReviewStoreSchema.Create(connection);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new ReviewInputException(path, $"cannot open the review store ({ex.Message}); pass --store with a writable SQLite file.", ex);
        }
        return new ReviewStore(path, connection);
    }

    /// <summary>
    /// For `extract`'s final pass: the store at <paramref name="path"/> when one exists, else null
    /// (no review has happened yet, and no empty store file is created next to a fresh run).
    /// </summary>
    public static ReviewStore? OpenIfExists(string path) => File.Exists(path) ? Open(path) : null;

    /// <summary>The decision stored for a claim id, or null.</summary>
    public StoredDecision? Find(string claimId)
    {
        lock (_gate) return Cache().GetValueOrDefault(claimId);
    }

    /// <summary>Every stored decision, oldest first: the labels the confidence-model trainer reads.</summary>
    public IReadOnlyList<StoredDecision> Decisions()
    {
        lock (_gate) return Cache().Values.OrderBy(d => d.DecidedAt).ThenBy(d => d.Decision.ClaimId, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Stores decisions in one transaction; a decision equal to the stored one is left alone (so its
    /// time stays), a new or changed one is written and logged in the history table. The claim
    /// snapshot is the one first stored. <paramref name="beforeCommit"/> runs inside the transaction,
    /// so when it throws (the claims file could not be written) nothing is stored either.
    /// </summary>
    /// <returns>How many decisions were new or changed.</returns>
    public int Record(IReadOnlyList<(ReviewDecision Decision, ClaimRecord Original)> decisions, DateTimeOffset at, Action? beforeCommit = null)
    {
        lock (_gate)
        {
            var cache = Cache();
            var changed = new List<StoredDecision>();
            using var tx = _connection.BeginTransaction();
            foreach (var (decision, original) in decisions)
            {
                if (cache.TryGetValue(decision.ClaimId, out var old) && old.Decision == decision) continue;
                var stored = new StoredDecision(decision, original.Article.Id, old?.Original ?? original, at);
                ReviewStoreSchema.Upsert(_connection, tx, stored);
                changed.Add(stored);
            }
            beforeCommit?.Invoke();
            tx.Commit();
            foreach (var s in changed) cache[s.Decision.ClaimId] = s;
            return changed.Count;
        }
    }

    public void Dispose() => _connection.Dispose();

    private Dictionary<string, StoredDecision> Cache() => _cache ??= ReviewStoreSchema.LoadAll(_connection);

    internal static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
