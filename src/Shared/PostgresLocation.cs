using Npgsql;

namespace Pipeline.Storage;

/// <summary>
/// A store setting that names PostgreSQL: <c>postgres:</c> followed by an Npgsql connection string
/// (<c>postgres:Host=db1;Database=pipeline;Username=pipeline;Password=…</c>). <c>Search Path=name</c>
/// keeps the tables in their own schema, created when missing. Anything else is a SQLite file path.
/// One source file compiled into both the review and the crawl projects (linked from their
/// project files), which share no storage assembly.
/// </summary>
internal static class PostgresLocation
{
    public const string Prefix = "postgres:";

    public static bool Is(string? location) => location is not null && location.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    public static string? Problem(string key, string? location)
    {
        if (!Is(location)) return null;
        try
        {
            var b = new NpgsqlConnectionStringBuilder(location![Prefix.Length..]);
            if (string.IsNullOrWhiteSpace(b.Host))
                return $"{key}: the PostgreSQL connection string names no Host; write postgres:Host=…;Database=…;Username=… (or a SQLite file path).";
            return null;
        }
        catch (ArgumentException ex)
        {
            return $"{key}: '{Describe(location!)}' is not a valid Npgsql connection string ({ex.Message}); write postgres:Host=…;Database=…;Username=… (or a SQLite file path).";
        }
    }

    /// <summary>The setting as it can be shown in logs and summaries: never the password.</summary>
    public static string Describe(string location)
    {
        try
        {
            var b = new NpgsqlConnectionStringBuilder(location[Prefix.Length..]);
            var parts = new[] { ("Host", b.Host), ("Port", b.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Database", b.Database), ("Search Path", b.SearchPath) };
            return Prefix + string.Join(";", parts.Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => $"{p.Item1}={p.Item2}"));
        }
        catch (ArgumentException)
        {
            return Prefix + "(unreadable connection string)";
        }
    }

    public static NpgsqlDataSource DataSource(string key, string location) =>
        Problem(key, location) is { } problem
            ? throw new ArgumentException(problem, nameof(location))
            : NpgsqlDataSource.Create(location[Prefix.Length..]);

    /// <summary>
    /// Runs <paramref name="ddl"/> (<c>create … if not exists</c>) unless every one of <paramref name="tables"/>
    /// exists already (so a login without the CREATE right can use tables an administrator made), under a
    /// transaction-scoped advisory lock: PostgreSQL's IF NOT EXISTS is not safe against a second machine
    /// creating the same table at the same moment, so machines starting together take turns. Creates the
    /// first Search Path schema when missing.
    /// </summary>
    public static void CreateSchema(NpgsqlDataSource dataSource, string ddl, params string[] tables)
    {
        using var connection = dataSource.OpenConnection();
        using var tx = connection.BeginTransaction();
        using (var present = new NpgsqlCommand("select count(*) from unnest($1::text[]) t where to_regclass(t) is not null", connection, tx) { Parameters = { new() { Value = tables } } })
        {
            if (Convert.ToInt32(present.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == tables.Length) return;
        }
        using (var lockCmd = new NpgsqlCommand("select pg_advisory_xact_lock(7412032519)", connection, tx)) lockCmd.ExecuteNonQuery();
        if (SearchSchema(dataSource.ConnectionString) is { } schema)
        {
            // Looked up first: CREATE SCHEMA IF NOT EXISTS still demands the CREATE right on the database.
            using var exists = new NpgsqlCommand("select 1 from pg_namespace where nspname = $1", connection, tx) { Parameters = { new() { Value = schema } } };
            if (exists.ExecuteScalar() is null)
            {
                using var create = new NpgsqlCommand($"create schema \"{schema.Replace("\"", "\"\"")}\"", connection, tx);
                create.ExecuteNonQuery();
            }
        }
        using (var cmd = new NpgsqlCommand(ddl, connection, tx)) cmd.ExecuteNonQuery();
        tx.Commit();
    }

    /// <summary>The first schema of Search Path as PostgreSQL reads it (unquoted names fold to lower case), or null.</summary>
    private static string? SearchSchema(string connectionString)
    {
        var first = new NpgsqlConnectionStringBuilder(connectionString).SearchPath?.Split(',')[0].Trim();
        if (string.IsNullOrEmpty(first) || first == "$user") return null;
        return first.StartsWith('"') ? first.Trim('"') : first.ToLowerInvariant();
    }
}
