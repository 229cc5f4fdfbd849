using System.Globalization;
using Microsoft.Data.Sqlite;
using Pipeline.Output;

namespace Pipeline.Review;

/// <summary>
/// The review store of one machine, in a SQLite file (default <c>reviews.db</c> next to claims.jsonl).
/// Lookups are served from memory, loaded at the first one, and are safe from several threads.
/// </summary>
public sealed class SqliteReviewStore : IReviewStore
{
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();
    private Dictionary<string, StoredDecision>? _cache;

    private SqliteReviewStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    public string Path { get; }

    public string Location => Path;

    /// <summary>Opens the store at <paramref name="path"/>, creating the file and its tables when missing.</summary>
    public static SqliteReviewStore Open(string path)
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
            SqliteReviewSchema.Create(connection);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new ReviewInputException(path, $"cannot open the review store ({ex.Message}); pass --store with a writable SQLite file.", ex);
        }
        return new SqliteReviewStore(path, connection);
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
        lock (_gate)
        {
            var cache = Cache();
            var changed = new List<StoredDecision>();
            using var tx = _connection.BeginTransaction();
            foreach (var (decision, original) in decisions)
            {
                if (cache.TryGetValue(decision.ClaimId, out var old) && old.Decision == decision) continue;
                var stored = new StoredDecision(decision, original.Article.Id, old?.Original ?? original, at);
                SqliteReviewSchema.Upsert(_connection, tx, stored);
                changed.Add(stored);
            }
            beforeCommit?.Invoke();
            tx.Commit();
            foreach (var s in changed) cache[s.Decision.ClaimId] = s;
            return changed.Count;
        }
    }

    public void Dispose() => _connection.Dispose();

    private Dictionary<string, StoredDecision> Cache() => _cache ??= SqliteReviewSchema.LoadAll(_connection);

    internal static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
