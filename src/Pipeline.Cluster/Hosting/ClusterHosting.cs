using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Pipeline.Cluster.Output;
using Pipeline.Cluster.Silo;

namespace Pipeline.Cluster;

/// <summary>
/// Turns the worker's host (already holding the pipeline and the crawler services) into an Orleans
/// silo: clustering and grain storage from the Cluster section, failure detection tuned from
/// Cluster:Membership, and the silo's crawl worker instead of the single-machine one.
/// </summary>
public static class ClusterHosting
{
    /// <summary>Name of the grain storage holding host frontiers and the coordinator.</summary>
    public const string Storage = "crawl";

    public static HostApplicationBuilder AddCrawlCluster(this HostApplicationBuilder builder, ClusterRun run)
    {
        var section = builder.Configuration.GetSection(CrawlClusterOptions.Section);
        builder.Services.AddOptions<CrawlClusterOptions>()
            .Bind(section, o => o.ErrorOnUnknownConfiguration = true)
            .ValidateDataAnnotations()
            .Validate(o => o.Clustering != ClusteringKind.AdoNet || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Cluster:ConnectionString is required when Cluster:Clustering is AdoNet (e.g. Host=db;Database=crawl;Username=crawler)")
            .ValidateOnStart();
        var o = section.Get<CrawlClusterOptions>(b => b.ErrorOnUnknownConfiguration = true) ?? new CrawlClusterOptions();
        var identity = SiloIdentity.From(o);
        builder.Logging.AddFilter("Orleans", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Orleans", LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(c => { c.ClusterId = o.ClusterId; c.ServiceId = o.ServiceId; });
            silo.Configure<SiloOptions>(s => s.SiloName = identity.Name);
            if (o.Clustering == ClusteringKind.AdoNet)
            {
                silo.UseAdoNetClustering(a => { a.Invariant = o.Invariant; a.ConnectionString = o.ConnectionString; });
                silo.AddAdoNetGrainStorage(Storage, a => { a.Invariant = o.Invariant; a.ConnectionString = o.ConnectionString; });
                silo.ConfigureEndpoints(IPAddress.Parse(o.AdvertisedAddress), o.SiloPort, o.GatewayPort, listenOnAnyHostAddress: false);
            }
            else
            {
                silo.UseLocalhostClustering(o.SiloPort, o.GatewayPort, new IPEndPoint(IPAddress.Loopback, o.PrimarySiloPort), o.ServiceId, o.ClusterId);
                silo.AddMemoryGrainStorage(Storage);
            }
            var m = o.Membership;
            silo.Configure<ClusterMembershipOptions>(c =>
            {
                c.ProbeTimeout = TimeSpan.FromMilliseconds(m.ProbeTimeoutMilliseconds);
                c.NumMissedProbesLimit = m.NumMissedProbesLimit;
                c.NumVotesForDeathDeclaration = m.NumVotesForDeathDeclaration;
                c.TableRefreshTimeout = TimeSpan.FromMilliseconds(m.TableRefreshTimeoutMilliseconds);
                c.IAmAliveTablePublishTimeout = TimeSpan.FromMilliseconds(m.IAmAliveTablePublishTimeoutMilliseconds);
                c.DefunctSiloExpiration = TimeSpan.FromMinutes(m.DefunctSiloExpirationMinutes);
            });
            silo.Configure<SiloMessagingOptions>(c => c.ResponseTimeout = TimeSpan.FromSeconds(o.ResponseTimeoutSeconds));
        });
        builder.Services.AddSingleton(identity);
        builder.Services.AddSingleton(run);
        builder.Services.AddSingleton<PartitionCommitter>();
        builder.Services.AddSingleton<PageWorker>();
        builder.Services.AddSingleton<HostCrawlLoop>();
        builder.Services.AddSingleton<ClusterPass>();
        builder.Services.AddSingleton<ClusterWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ClusterWorker>());
        return builder;
    }
}
