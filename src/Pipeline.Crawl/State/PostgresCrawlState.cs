using System.Runtime.InteropServices;
using Npgsql;
using NpgsqlTypes;
using Pipeline.Storage;

namespace Pipeline.Crawl.State;

/// <summary>
/// The crawl state of a cluster, in PostgreSQL (Crawl:Output:StatePath = <c>postgres:Host=…</c>): the
/// same pages and articles as <see cref="SqliteCrawlState"/>, in tables <c>crawl_pages</c> and
/// <c>crawl_articles</c> created when missing. Each write is one autocommitted upsert on the URL or
/// article id, so machines recording the same URL or article at once leave one row, and a committed
/// row survives a crash of the machine that wrote it. Connections come from Npgsql's pool.
/// </summary>
public sealed class PostgresCrawlState : ICrawlStateStore
{
    private const string Schema = """
        create table if not exists crawl_pages(
          url text primary key, etag text, last_modified text, content_hash text, status text,
          failures integer not null default 0, last_error text, last_fetch timestamptz, article_id text);
        create table if not exists crawl_articles(
          id text primary key, url text, text_hash text not null, simhash bigint not null, minhash bytea not null,
          day text, written_at timestamptz);
        create index if not exists crawl_articles_text_hash on crawl_articles(text_hash);
        """;

    private readonly NpgsqlDataSource _dataSource;

    private PostgresCrawlState(string location, NpgsqlDataSource dataSource)
    {
        Location = PostgresLocation.Describe(location);
        _dataSource = dataSource;
    }

    public string Location { get; }

    /// <summary>Opens the state a <c>postgres:</c> setting names, creating its tables when missing.</summary>
    public static PostgresCrawlState Open(string location)
    {
        var dataSource = PostgresLocation.DataSource("Crawl:Output:StatePath", location);
        try
        {
            PostgresLocation.CreateSchema(dataSource, Schema, "crawl_pages", "crawl_articles");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            dataSource.Dispose();
            throw new CrawlStateException(
                $"Crawl:Output:StatePath: cannot open the crawl state at {PostgresLocation.Describe(location)} ({ex.Message}); check the server is reachable and the postgres: connection string.", ex);
        }
        return new PostgresCrawlState(location, dataSource);
    }

    public PageState? GetPage(string url)
    {
        using var cmd = Command("select url, etag, last_modified, content_hash, status, failures, article_id from crawl_pages where url = $1", Text(url));
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        return new PageState(r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), Str(r, 4), r.GetInt32(5), Str(r, 6));
    }

    public void RecordFetch(string url, string status, DateTimeOffset at, string? etag = null, string? lastModified = null, string? contentHash = null, string? articleId = null) =>
        Run("""
            insert into crawl_pages(url, etag, last_modified, content_hash, status, failures, last_error, last_fetch, article_id)
            values($1, $2, $3, $4, $5, 0, null, $6, $7)
            on conflict(url) do update set
              etag = coalesce(excluded.etag, crawl_pages.etag), last_modified = coalesce(excluded.last_modified, crawl_pages.last_modified),
              content_hash = coalesce(excluded.content_hash, crawl_pages.content_hash), status = excluded.status, failures = 0,
              last_error = null, last_fetch = excluded.last_fetch, article_id = coalesce(excluded.article_id, crawl_pages.article_id)
            """, Text(url), Text(etag), Text(lastModified), Text(contentHash), Text(status), Time(at), Text(articleId));

    public void RecordFailure(string url, string status, string error, DateTimeOffset at) =>
        Run("""
            insert into crawl_pages(url, status, failures, last_error, last_fetch) values($1, $2, 1, $3, $4)
            on conflict(url) do update set status = excluded.status, failures = crawl_pages.failures + 1,
              last_error = excluded.last_error, last_fetch = excluded.last_fetch
            """, Text(url), Text(status), Text(error), Time(at));

    public void AddArticle(string id, string? url, Dedup.Fingerprint f, string day, DateTimeOffset at) =>
        Run("""
            insert into crawl_articles(id, url, text_hash, simhash, minhash, day, written_at) values($1, $2, $3, $4, $5, $6, $7)
            on conflict(id) do nothing
            """, Text(id), Text(url), Text(f.TextHash), new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = unchecked((long)f.SimHash) },
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bytea, Value = MemoryMarshal.AsBytes(f.MinHash.AsSpan()).ToArray() }, Text(day), Time(at));

    public bool HasArticle(string id)
    {
        using var cmd = Command("select 1 from crawl_articles where id = $1", Text(id));
        return cmd.ExecuteScalar() is not null;
    }

    public IReadOnlyList<ArticleState> Articles()
    {
        using var cmd = Command("select id, text_hash, simhash, minhash from crawl_articles");
        using var r = cmd.ExecuteReader();
        var list = new List<ArticleState>();
        while (r.Read())
        {
            var minHash = MemoryMarshal.Cast<byte, ulong>(r.GetFieldValue<byte[]>(3).AsSpan()).ToArray();
            list.Add(new ArticleState(r.GetString(0), r.GetString(1), unchecked((ulong)r.GetInt64(2)), minHash));
        }
        return list;
    }

    public void Dispose() => _dataSource.Dispose();

    private void Run(string sql, params NpgsqlParameter[] args)
    {
        using var cmd = Command(sql, args);
        cmd.ExecuteNonQuery();
    }

    /// <summary>A command on its own pooled connection, which closes with the command.</summary>
    private NpgsqlCommand Command(string sql, params NpgsqlParameter[] args)
    {
        var cmd = _dataSource.CreateCommand(sql);
        cmd.Parameters.AddRange(args);
        return cmd;
    }

    private static NpgsqlParameter Text(string? value) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };

    private static NpgsqlParameter Time(DateTimeOffset at) => new() { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = at.ToUniversalTime() };

    private static string? Str(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
