using Npgsql;
using Pipeline.Cluster;

namespace Pipeline.Tests.Cluster;

/// <summary>
/// A throwaway PostgreSQL database with the Orleans schema, one per test, on the server of
/// PIPELINE_TEST_POSTGRES (.ci/postgres-start). Dropped (with its connections) on dispose.
/// </summary>
public sealed class ClusterDb : IAsyncDisposable
{
    private readonly string _admin;

    private ClusterDb(string admin, string name, string connectionString)
    {
        _admin = admin;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }
    public string ConnectionString { get; }

    /// <summary>Creates the database, or ignores the test when no server is configured.</summary>
    public static async Task<ClusterDb> CreateAsync()
    {
        string? admin = Environment.GetEnvironmentVariable("PIPELINE_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(admin))
            Assert.Ignore("the cluster tests need PostgreSQL: set PIPELINE_TEST_POSTGRES (.ci/postgres-start prints it)");
        string name = "pipeline_cluster_" + Guid.NewGuid().ToString("N")[..10];
        await using (var db = new NpgsqlConnection(admin))
        {
            await db.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", db);
            await create.ExecuteNonQueryAsync();
        }
        string cs = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        await ClusterDatabase.InitAsync(cs, CancellationToken.None);
        return new ClusterDb(admin!, name, cs);
    }

    public async ValueTask DisposeAsync()
    {
        await using var db = new NpgsqlConnection(_admin);
        await db.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", db);
        await drop.ExecuteNonQueryAsync();
    }
}
