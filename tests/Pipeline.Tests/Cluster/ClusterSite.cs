using System.Text.Json;
using System.Text.Json.Nodes;
using Pipeline.Tests.Crawl;
using static Pipeline.Tests.Crawl.SitePages;

namespace Pipeline.Tests.Cluster;

/// <summary>
/// The crawl tests' local news site scaled out: two Kestrel servers on 127.0.0.1 and 127.0.0.2,
/// four hosts (host:port) with <see cref="PagesPerHost"/> distinct stories each and a URL list per
/// host. The first host has a robots.txt with a Crawl-delay and a disallowed /private/ folder
/// listed in its URL list; the others have none. Also writes the crawl.json both the single-machine
/// run and the silos read.
/// </summary>
public sealed class ClusterSite : IAsyncDisposable
{
    public const int MinDelayMs = 20, CrawlDelayMs = 50;

    private readonly TestSite[] _servers;

    private ClusterSite(TestSite[] servers, int pagesPerHost)
    {
        _servers = servers;
        PagesPerHost = pagesPerHost;
        Hosts = servers.SelectMany(s => new[] { s.A, s.B }).ToArray();
        Folder = Path.Combine(Path.GetTempPath(), "cluster-test-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Folder);
    }

    public int PagesPerHost { get; }

    /// <summary>Base URLs of the hosts, e.g. http://127.0.0.1:41234.</summary>
    public IReadOnlyList<string> Hosts { get; }

    public string Folder { get; }
    public string ConfigPath => Path.Combine(Folder, "crawl.json");

    /// <summary>Every article URL the crawl must fetch and write.</summary>
    public IReadOnlyList<string> Articles => Hosts.SelectMany(h => Enumerable.Range(1, PagesPerHost).Select(i => $"{h}/n/{i}.html")).ToList();

    /// <summary>Requests the servers saw, over all hosts.</summary>
    public IReadOnlyList<TestSite.Hit> Hits => _servers.SelectMany(s => s.Hits).ToList();

    public static async Task<ClusterSite> StartAsync(int pagesPerHost)
    {
        var site = new ClusterSite([await TestSite.StartAsync(), await TestSite.StartAsync()], pagesPerHost);
        var sources = new JsonArray();
        for (int h = 0; h < site.Hosts.Count; h++)
        {
            string host = site.Hosts[h];
            var server = site._servers[h / 2];
            var links = Enumerable.Range(1, pagesPerHost).Select(i => $"{host}/n/{i}.html").ToList();
            foreach (int i in Enumerable.Range(1, pagesPerHost)) server.Map(host, $"/n/{i}.html", Page(Html(Story(1000 * (h + 1) + i)), delayMs: 3));
            if (h == 0)
            {
                server.Map(host, "/robots.txt", Serve($"User-agent: TestBot\nDisallow: /private/\nCrawl-delay: {CrawlDelayMs / 1000.0:0.###}\n", "text/plain"));
                server.Map(host, "/private/1.html", Page(Html(Story(999))));
                links.Add($"{host}/private/1.html");
            }
            server.Map(host, "/list.txt", Serve(string.Join('\n', links), "text/plain"));
            sources.Add(CrawlRun.Source("UrlList", $"{host}/list.txt"));
        }
        site.WriteConfig(sources);
        return site;
    }

    public void ClearHits()
    {
        foreach (var s in _servers) s.ClearHits();
    }

    private void WriteConfig(JsonArray sources)
    {
        var crawl = new JsonObject
        {
            ["UserAgent"] = "TestBot/1.0",
            ["GlobalConcurrency"] = 4,
            ["MaxArticlesPerSource"] = 1000,
            // Exact copies only: the stories share a small vocabulary, and near-duplicate detection is per partition.
            ["NearDuplicateSimilarity"] = 1.0,
            ["Sources"] = sources,
            ["AllowedPrivateHosts"] = new JsonArray("127.0.0.0/8"),
            ["Politeness"] = new JsonObject { ["PerHostConcurrency"] = 1, ["MinDelayMilliseconds"] = MinDelayMs },
            ["Http"] = new JsonObject { ["AttemptTimeoutMilliseconds"] = 3000, ["TotalTimeoutMilliseconds"] = 8000, ["MaxRetries"] = 2, ["RetryBaseDelayMilliseconds"] = 50 },
            ["Output"] = new JsonObject { ["Folder"] = Path.Combine(Folder, "out") },
        };
        File.WriteAllText(ConfigPath, new JsonObject { ["Crawl"] = crawl }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var s in _servers) await s.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* a killed silo's files may linger a moment; temp is cleaned anyway */ }
    }
}
