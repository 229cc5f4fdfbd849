using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pipeline.Crawl;
using Pipeline.Output;
using Pipeline.Worker.Hosting;

namespace Pipeline.Tests.Crawl;

/// <summary>
/// A crawl.json in a temporary folder, with settings small enough for tests (short delays and
/// timeouts, the local server allowed), and helpers to run passes through the real host and read
/// the output back.
/// </summary>
public sealed class CrawlRun : IDisposable
{
    public CrawlRun(JsonArray sources, Action<JsonObject>? tweak = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "crawl-test-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Folder);
        var crawl = new JsonObject
        {
            ["UserAgent"] = "TestBot/1.0",
            ["GlobalConcurrency"] = 4,
            ["Sources"] = sources,
            ["AllowedPrivateHosts"] = new JsonArray("127.0.0.0/8"),
            ["Politeness"] = new JsonObject { ["PerHostConcurrency"] = 2, ["MinDelayMilliseconds"] = 40 },
            ["Http"] = new JsonObject
            {
                ["MaxResponseBytes"] = 65536, ["MaxRedirects"] = 3, ["AttemptTimeoutMilliseconds"] = 1200,
                ["TotalTimeoutMilliseconds"] = 8000, ["MaxRetries"] = 2, ["RetryBaseDelayMilliseconds"] = 50,
            },
            ["Output"] = new JsonObject { ["Folder"] = Path.Combine(Folder, "out") },
        };
        tweak?.Invoke(crawl);
        ConfigPath = Path.Combine(Folder, "crawl.json");
        File.WriteAllText(ConfigPath, new JsonObject { ["Crawl"] = crawl }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    public string Folder { get; }
    public string ConfigPath { get; }
    public string Out => Path.Combine(Folder, "out");

    public static JsonObject Source(string kind, string url) => new() { ["Kind"] = kind, ["Url"] = url };

    /// <summary>Runs one pass in-process through the same host the crawl verb builds.</summary>
    public async Task<CrawlSummary> PassAsync()
    {
        using var host = CrawlHost.CreateBuilder(ConfigPath, null).Build();
        return await host.Services.GetRequiredService<ICrawlPass>().RunAsync(CancellationToken.None);
    }

    public IReadOnlyList<string> Lines(string file) =>
        Directory.Exists(Out)
            ? Directory.GetDirectories(Out).OrderBy(d => d).SelectMany(d => File.Exists(Path.Combine(d, file)) ? File.ReadAllLines(Path.Combine(d, file)) : []).ToList()
            : [];

    public IReadOnlyList<ArticleRecord> Articles() => Lines("articles.jsonl").Select(Json.Parse<ArticleRecord>).ToList();

    public IReadOnlyList<RejectRecord> Rejects() => Lines("rejects.jsonl").Select(Json.Parse<RejectRecord>).ToList();

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* a child process may still hold the state file for a moment; temp is cleaned anyway */ }
    }
}
