using Microsoft.Extensions.Logging;
using Pipeline.Crawl;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Pipeline.Cluster.Silo;
using Pipeline.Crawl.Http;
using Pipeline.Crawl.Options;
using Pipeline.Crawl.Sources;

namespace Pipeline.Cluster.Grains;

[GenerateSerializer]
public sealed class CoordinatorState
{
    [Id(0)] public string Pass { get; set; } = "";
    [Id(1)] public List<string> Hosts { get; set; } = [];
}

/// <summary>
/// Starts a pass once for the whole cluster: reads the sources with the single-machine
/// <see cref="SourceExpander"/> (on whichever silo the grain lives), fetching each feed, sitemap or list
/// through its host grain (<see cref="GrainSourceFetcher"/>) so the host's spacing holds, hands each host grain its links,
/// and only then records the pass, so a silo dying half-way means the next caller reads the sources
/// again (adding links is idempotent). Calls for the same pass wait their turn and get the same hosts,
/// plus any host a redirect led to during the pass (<see cref="AddHostAsync"/>).
/// </summary>
public sealed class CrawlCoordinatorGrain(
    [PersistentState("coordinator", ClusterHosting.Storage)] IPersistentState<CoordinatorState> store,
    PageFetcher fetcher, IOptions<CrawlOptions> options, ILocalSiloDetails local, TimeProvider time,
    ILogger<CrawlCoordinatorGrain> log, ILogger<SourceExpander> sourceLog) : Grain, ICrawlCoordinatorGrain
{
    public async Task<IReadOnlyList<string>> BeginAsync(string pass)
    {
        if (store.State.Pass == pass) return store.State.Hosts;
        var sources = new SourceExpander(
            new GrainSourceFetcher(GrainFactory, fetcher, pass, local.SiloAddress.ToParsableString(), options, log), options, sourceLog);
        var links = await sources.ExpandAsync(new CrawlSummary { Started = time.GetUtcNow() }, CancellationToken.None);
        var byHost = links.GroupBy(l => l.Url.GetLeftPart(UriPartial.Authority), StringComparer.OrdinalIgnoreCase).ToList();
        await Task.WhenAll(byHost.Select(g => GrainFactory.GetGrain<IHostFrontierGrain>(g.Key)
            .AddAsync(pass, g.Select(l => new FrontierLink(l.CanonicalUrl, l.Source)).ToList())));
        store.State = new CoordinatorState { Pass = pass, Hosts = byHost.Select(g => g.Key).ToList() };
        await store.WriteStateAsync();
        log.PassDistributed(pass, links.Count, byHost.Count);
        return store.State.Hosts;
    }

    public async Task<bool> AddHostAsync(string pass, string host)
    {
        if (store.State.Pass != pass || store.State.Hosts.Contains(host, StringComparer.OrdinalIgnoreCase)) return false;
        store.State.Hosts.Add(host);
        await store.WriteStateAsync();
        return true;
    }
}
