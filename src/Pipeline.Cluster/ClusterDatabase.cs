using System.Reflection;
using Npgsql;

namespace Pipeline.Cluster;

/// <summary>
/// Creates the Orleans membership and grain-storage tables in a PostgreSQL database (the
/// <c>cluster init-db</c> verb and the tests). The scripts are those of the Orleans ADO.NET
/// providers (the 10.4.2 packages do not ship them, so they are embedded from Sql/).
/// Idempotent: a database that already has the OrleansQuery table is left alone.
/// </summary>
public static class ClusterDatabase
{
    /// <summary>In the order they must run.</summary>
    public static readonly string[] Scripts =
        ["PostgreSQL-Main.sql", "PostgreSQL-Clustering.sql", "PostgreSQL-Clustering-AtomicWrites.sql", "PostgreSQL-Persistence.sql"];

    /// <summary>Creates the schema unless present; returns true when it was created.</summary>
    public static async Task<bool> InitAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync(cancellationToken);
        await using (var check = new NpgsqlCommand("SELECT to_regclass('orleansquery') IS NOT NULL", db))
            if ((bool)(await check.ExecuteScalarAsync(cancellationToken))!) return false;
        await using var tx = await db.BeginTransactionAsync(cancellationToken);
        foreach (var name in Scripts)
        {
            await using var cmd = new NpgsqlCommand(Read(name), db, tx);
            await cmd.ExecuteNonQueryAsync(cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The text of one embedded script.</summary>
    public static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Pipeline.Cluster.Sql." + name)
            ?? throw new InvalidOperationException($"embedded script {name} missing from Pipeline.Cluster.dll; rebuild the project");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
