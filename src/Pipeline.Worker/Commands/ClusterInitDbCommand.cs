using System.ComponentModel;
using Pipeline.Cluster;
using Spectre.Console.Cli;

namespace Pipeline.Worker.Commands;

/// <summary>cluster init-db: creates the Orleans membership and grain-storage tables in a PostgreSQL database.</summary>
public sealed class ClusterInitDbCommand : AsyncCommand<ClusterInitDbCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<CONNECTION>")]
        [Description("Npgsql connection string of an existing database, e.g. \"Host=db;Database=crawl;Username=crawler\".")]
        public string Connection { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        try
        {
            bool created = await ClusterDatabase.InitAsync(settings.Connection, cancellationToken);
            Console.WriteLine(created ? "created the Orleans clustering and persistence tables" : "the Orleans tables already exist; nothing to do");
            return 0;
        }
        catch (Npgsql.NpgsqlException ex)
        {
            await Console.Error.WriteLineAsync($"error: cannot prepare the database: {ex.Message}; check the connection string and that the database exists (createdb NAME)");
            return 1;
        }
    }
}
