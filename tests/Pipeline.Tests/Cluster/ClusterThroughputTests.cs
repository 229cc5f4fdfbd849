using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Cluster.Output;

namespace Pipeline.Tests.Cluster;

/// <summary>
/// The measurement behind the README's 1-vs-3-silo ratio (explicit: it takes minutes):
/// <c>dotnet test --filter "FullyQualifiedName~ClusterThroughputTests"</c> with PIPELINE_TEST_POSTGRES set.
/// Pages per second are counted from the first article request to the last, as the server saw
/// them, so silo start-up (and model loading) is left out.
/// </summary>
[TestFixture, Explicit("a measurement, not a check; run it by name"), NonParallelizable]
public class ClusterThroughputTests
{
    [Test]
    public async Task One_and_three_silos_crawl_the_same_site()
    {
        double one = await PagesPerSecondAsync(1), three = await PagesPerSecondAsync(3);
        TestContext.Out.WriteLine($"1 silo: {one:0.0} pages/s; 3 silos: {three:0.0} pages/s; ratio {three / one:0.00}");
    }

    private static async Task<double> PagesPerSecondAsync(int silos)
    {
        await using var db = await ClusterDb.CreateAsync();
        await using var site = await ClusterSite.StartAsync(pagesPerHost: 100);
        string cluster = Path.Combine(site.Folder, "cluster");
        var processes = Enumerable.Range(1, silos).Select(i => SiloProcess.Start($"s{i}", site.ConfigPath, cluster, "p1", db.ConnectionString)).ToList();
        try
        {
            foreach (var p in processes) await p.WaitAsync(TimeSpan.FromMinutes(5));
        }
        finally { processes.ForEach(p => p.Dispose()); }
        var merged = PartitionMerge.Merge(cluster, NullLogger.Instance);
        Assert.That(merged.Sum(d => d.Articles), Is.EqualTo(site.Articles.Count));
        var pages = site.Hits.Where(h => h.Path.StartsWith("/n/") && h.Status == 200).ToList();
        double seconds = (pages.Max(h => h.End) - pages.Min(h => h.Start)).TotalSeconds;
        TestContext.Out.WriteLine($"{silos} silo(s): {pages.Count} pages in {seconds:0.0} s");
        return pages.Count / seconds;
    }
}
