using Npgsql;

namespace Pipeline.Tests.Storage;

/// <summary>
/// A PostgreSQL schema of its own for one test, on the server PIPELINE_TEST_POSTGRES names, so tests
/// running in parallel never see each other's rows. The store creates the schema (its Search Path);
/// disposing drops it. Without the variable the test is ignored, saying how to get a server.
/// </summary>
public sealed class PostgresTestSchema : IDisposable
{
    public const string Variable = "PIPELINE_TEST_POSTGRES";

    private readonly string _server;

    private PostgresTestSchema(string server)
    {
        _server = server;
        Name = "test_" + Guid.NewGuid().ToString("N")[..16];
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = Name }.ConnectionString;
    }

    /// <summary>The schema's name, unique to this test.</summary>
    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>The store setting that names the schema: <c>postgres:</c> and the connection string.</summary>
    public string Location => "postgres:" + ConnectionString;

    /// <summary>A new schema, or Assert.Ignore when no server is configured.</summary>
    public static PostgresTestSchema CreateOrIgnore()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
            Assert.Ignore($"PostgreSQL store tests need a server: set {Variable} (eval \"$(.ci/postgres-start)\").");
        return new PostgresTestSchema(server);
    }

    /// <summary>The single number a query in the test's schema returns (row counts).</summary>
    public long Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs statements as the server's (administrator) login, e.g. to set up roles.</summary>
    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var cmd = new NpgsqlCommand($"drop schema if exists \"{Name}\" cascade", connection);
        cmd.ExecuteNonQuery();
    }
}
