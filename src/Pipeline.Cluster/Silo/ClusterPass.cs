using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Pipeline.Cluster.Grains;
using Pipeline.Cluster.Output;
using Pipeline.Crawl;

namespace Pipeline.Cluster.Silo;

/// <summary>
/// This silo's part of a cluster pass: repair its partition, have the coordinator start the pass
/// (the first silo reads the sources), then run Cluster:LoopsPerHost <see cref="HostCrawlLoop"/>s for every host until
/// each host grain reports the host finished.
/// </summary>
public sealed class ClusterPass(IGrainFactory grains, ILocalSiloDetails local, SiloIdentity silo, HostCrawlLoop loop,
    PartitionCommitter committer, IOptions<CrawlClusterOptions> options, TimeProvider time, ILogger<ClusterPass> log)
{
    /// <summary>The coordinator grain's key: one per cluster.</summary>
    public const string CoordinatorKey = "crawl";

    public async Task<CrawlSummary> RunAsync(string pass, CancellationToken cancellationToken)
    {
        var summary = new CrawlSummary { Started = time.GetUtcNow() };
        committer.Prepare();
        var hosts = await BeginAsync(pass, cancellationToken);
        log.ClusterPassStarted(silo.Name, pass, hosts.Count, committer.Prefix + "*.jsonl");
        string address = local.SiloAddress.ToParsableString();
        var loops = hosts.SelectMany(h =>
        {
            var asking = new SemaphoreSlim(1, 1);
            return Enumerable.Range(0, options.Value.LoopsPerHost).Select(_ => Task.Run(() => loop.RunAsync(pass, h, address, asking, summary, cancellationToken), cancellationToken));
        });
        await Task.WhenAll(loops.ToList());
        summary.Duration = time.GetUtcNow() - summary.Started;
        log.ClusterPassFinished(silo.Name, pass, summary.Duration, summary.Fetched, summary.NotModified, summary.Failed,
            summary.NewArticles, summary.Duplicates, summary.Claims);
        return summary;
    }

    private async Task<IReadOnlyList<string>> BeginAsync(string pass, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            try { return await grains.GetGrain<ICrawlCoordinatorGrain>(CoordinatorKey).BeginAsync(pass); }
            catch (Exception ex) when (ex is not OperationCanceledException && attempt < 60)
            {
                log.GrainCallRetried(CoordinatorKey, $"{ex.GetType().Name}: {ex.Message}");
                await Task.Delay(500, cancellationToken);
            }
        }
    }
}
