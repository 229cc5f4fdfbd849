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
/// each host grain reports the host finished, including hosts that redirects led to during the pass.
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
        var coordinator = grains.GetGrain<ICrawlCoordinatorGrain>(CoordinatorKey);
        var byHost = new Dictionary<string, Task>(StringComparer.OrdinalIgnoreCase);
        var loops = new List<Task>();
        // Starts this silo's loops for a host unless they are still running.
        void Start(string host)
        {
            lock (loops)
            {
                if (byHost.TryGetValue(host, out var running) && !running.IsCompleted) return;
                var asking = new SemaphoreSlim(1, 1);
                var mine = Enumerable.Range(0, options.Value.LoopsPerHost)
                    .Select(_ => Task.Run(() => loop.RunAsync(pass, host, address, asking, summary, Start, cancellationToken), cancellationToken)).ToList();
                loops.AddRange(mine);
                byHost[host] = Task.WhenAll(mine);
            }
        }
        foreach (var host in hosts) Start(host);
        // A redirect may queue a URL on a host the sources did not list, or on a host whose loops have
        // finished: the silo that queued it starts loops there (Start above). Before leaving, the silo
        // also picks up hosts other silos found, and any host whose grain still has work.
        while (true)
        {
            Task[] running;
            lock (loops) running = loops.ToArray();
            await Task.WhenAll(running);
            foreach (var host in await BeginAsync(pass, cancellationToken))
            {
                bool known;
                lock (loops) known = byHost.ContainsKey(host);
                if (!known || await UnfinishedAsync(pass, host)) Start(host);
            }
            lock (loops) if (loops.Count == running.Length) break;
        }
        summary.Duration = time.GetUtcNow() - summary.Started;
        log.ClusterPassFinished(silo.Name, pass, summary.Duration, summary.Fetched, summary.NotModified, summary.Failed,
            summary.NewArticles, summary.Duplicates, summary.Claims);
        return summary;
    }

    private async Task<bool> UnfinishedAsync(string pass, string host)
    {
        var status = await grains.GetGrain<IHostFrontierGrain>(host).StatusAsync();
        return status.Pass == pass && status.Pending + status.Leased > 0;
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
