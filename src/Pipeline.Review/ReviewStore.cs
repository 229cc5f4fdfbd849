using Pipeline.Storage;

namespace Pipeline.Review;

/// <summary>
/// Opens the review store a setting names (Pipeline:ReviewStore, --store, --reviews): a SQLite file
/// path, or <c>postgres:</c> followed by an Npgsql connection string for a store shared by a cluster.
/// </summary>
public static class ReviewStore
{
    /// <summary>Where the store lives when none is given: reviews.db next to claims.jsonl.</summary>
    public static string DefaultPath(string claimsPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(claimsPath)) ?? ".", "reviews.db");

    /// <summary>True when <paramref name="location"/> names a PostgreSQL store rather than a SQLite file.</summary>
    public static bool IsPostgres(string location) => PostgresLocation.Is(location);

    /// <summary>
    /// Null when <paramref name="location"/> can be opened as written, else what is wrong with it, to be
    /// reported against <paramref name="key"/> (the setting or option that gave it).
    /// </summary>
    public static string? Problem(string key, string? location) => PostgresLocation.Problem(key, location);

    /// <summary>Opens the store, creating the SQLite file or the PostgreSQL tables when missing.</summary>
    public static IReviewStore Open(string location) =>
        PostgresLocation.Is(location) ? PostgresReviewStore.Open(location) : SqliteReviewStore.Open(location);

    /// <summary>
    /// For `extract`'s final pass: the store when one exists, else null (no review has happened yet,
    /// and no empty store file is created next to a fresh run). A PostgreSQL store always exists: its
    /// tables are created on first use, and an unreachable server is an error.
    /// </summary>
    public static IReviewStore? OpenIfExists(string location) =>
        PostgresLocation.Is(location) || File.Exists(location) ? Open(location) : null;
}
