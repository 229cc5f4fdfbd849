using Pipeline.Storage;

namespace Pipeline.Crawl.State;

/// <summary>
/// Opens the crawl state Crawl:Output:StatePath names: a SQLite file path (default
/// <c>Folder/crawl-state.db</c>), or <c>postgres:</c> followed by an Npgsql connection string for a
/// state shared by the machines of a cluster.
/// </summary>
public static class CrawlStates
{
    /// <summary>True when <paramref name="location"/> names a PostgreSQL state rather than a SQLite file.</summary>
    public static bool IsPostgres(string? location) => PostgresLocation.Is(location);

    /// <summary>Null when <paramref name="location"/> can be opened as written, else the problem, reported against <paramref name="key"/>.</summary>
    public static string? Problem(string key, string? location) => PostgresLocation.Problem(key, location);

    /// <summary>Opens the state, creating the SQLite file or the PostgreSQL tables when missing.</summary>
    public static ICrawlStateStore Open(string location) =>
        PostgresLocation.Is(location) ? PostgresCrawlState.Open(location) : new SqliteCrawlState(location);
}
