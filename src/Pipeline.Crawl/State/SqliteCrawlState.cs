using Microsoft.Data.Sqlite;

namespace Pipeline.Crawl.State;

/// <summary>
/// The crawl state of one machine, in SQLite: pages (canonical URL, validators, content hash, last
/// fetch, status, consecutive failures, the article it gave) and articles written to the output (id,
/// normalised-text hash, SimHash). WAL journal with synchronous=FULL so a committed row survives a kill.
/// One connection, serialised by a lock: the crawler's write rate is a few rows a second.
/// </summary>
public sealed class SqliteCrawlState : ICrawlStateStore
{
    private readonly SqliteConnection _db;
    private readonly Lock _lock = new();

    public SqliteCrawlState(string path)
    {
        Path = path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _db.Open();
        Exec("""
            PRAGMA journal_mode=WAL;
            PRAGMA synchronous=FULL;
            CREATE TABLE IF NOT EXISTS pages(
              url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, content_hash TEXT, status TEXT,
              failures INTEGER NOT NULL DEFAULT 0, last_error TEXT, last_fetch TEXT, article_id TEXT);
            CREATE TABLE IF NOT EXISTS articles(
              id TEXT PRIMARY KEY, url TEXT, text_hash TEXT NOT NULL, simhash INTEGER NOT NULL, minhash BLOB NOT NULL, day TEXT, written_at TEXT);
            CREATE INDEX IF NOT EXISTS articles_text_hash ON articles(text_hash);
            """);
    }

    public string Path { get; }

    public string Location => Path;

    public PageState? GetPage(string url)
    {
        lock (_lock)
        {
            using var cmd = Command("SELECT url, etag, last_modified, content_hash, status, failures, article_id FROM pages WHERE url = $url", ("$url", url));
            using var r = cmd.ExecuteReader();
            if (!r.Read()) return null;
            return new PageState(r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), Str(r, 4), r.GetInt32(5), Str(r, 6));
        }
    }

    public void RecordFetch(string url, string status, DateTimeOffset at, string? etag = null, string? lastModified = null, string? contentHash = null, string? articleId = null) =>
        Run("""
            INSERT INTO pages(url, etag, last_modified, content_hash, status, failures, last_error, last_fetch, article_id)
            VALUES($url, $etag, $lm, $hash, $status, 0, NULL, $at, $article)
            ON CONFLICT(url) DO UPDATE SET
              etag = COALESCE($etag, etag), last_modified = COALESCE($lm, last_modified),
              content_hash = COALESCE($hash, content_hash), status = $status, failures = 0, last_error = NULL,
              last_fetch = $at, article_id = COALESCE($article, article_id)
            """, ("$url", url), ("$etag", etag), ("$lm", lastModified), ("$hash", contentHash), ("$status", status), ("$at", at.ToString("O")), ("$article", articleId));

    public void RecordFailure(string url, string status, string error, DateTimeOffset at) =>
        Run("""
            INSERT INTO pages(url, status, failures, last_error, last_fetch) VALUES($url, $status, 1, $error, $at)
            ON CONFLICT(url) DO UPDATE SET status = $status, failures = failures + 1, last_error = $error, last_fetch = $at
            """, ("$url", url), ("$status", status), ("$error", error), ("$at", at.ToString("O")));

    public void AddArticle(string id, string? url, Dedup.Fingerprint f, string day, DateTimeOffset at) =>
        Run("INSERT OR IGNORE INTO articles(id, url, text_hash, simhash, minhash, day, written_at) VALUES($id, $url, $th, $sh, $mh, $day, $at)",
            ("$id", id), ("$url", url), ("$th", f.TextHash), ("$sh", unchecked((long)f.SimHash)),
            ("$mh", System.Runtime.InteropServices.MemoryMarshal.AsBytes(f.MinHash.AsSpan()).ToArray()), ("$day", day), ("$at", at.ToString("O")));

    public bool HasArticle(string id)
    {
        lock (_lock)
        {
            using var cmd = Command("SELECT 1 FROM articles WHERE id = $id", ("$id", id));
            return cmd.ExecuteScalar() is not null;
        }
    }

    public IReadOnlyList<ArticleState> Articles()
    {
        lock (_lock)
        {
            using var cmd = Command("SELECT id, text_hash, simhash, minhash FROM articles");
            using var r = cmd.ExecuteReader();
            var list = new List<ArticleState>();
            while (r.Read())
            {
                var minHash = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(((byte[])r.GetValue(3)).AsSpan()).ToArray();
                list.Add(new ArticleState(r.GetString(0), r.GetString(1), unchecked((ulong)r.GetInt64(2)), minHash));
            }
            return list;
        }
    }

    public void Dispose() => _db.Dispose();

    private void Run(string sql, params (string, object?)[] args)
    {
        lock (_lock)
        {
            using var cmd = Command(sql, args);
            cmd.ExecuteNonQuery();
        }
    }

    private void Exec(string sql)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] args)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
