using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Pipeline.Crawl;

namespace Pipeline.Worker.Hosting;

/// <summary>Thrown when crawl.json cannot be used; the message names the file, the key and the fix.</summary>
public sealed class CrawlConfigException(string message) : Exception(message);

/// <summary>
/// Builds the host shared by the crawl and worker verbs. Configuration, later sources winning:
/// appsettings.json next to the program → crawl.json (--config) → PIPELINE_ environment variables
/// (e.g. PIPELINE_Crawl__UserAgent) → --out. Services: the pipeline (PipelineServices) plus the crawler.
/// </summary>
public static class CrawlHost
{
    /// <summary>Top-level sections crawl.json may hold; anything else is a typo.</summary>
    private static readonly string[] Sections = ["Crawl", "Cluster", "Pipeline", "Logging"];

    public static HostApplicationBuilder CreateBuilder(string configPath, string? outFolder)
    {
        string path = Path.GetFullPath(configPath);
        CheckFile(path);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
            Args = [],
        });
        builder.Configuration.AddJsonFile(path, optional: false, reloadOnChange: false);
        builder.Configuration.AddEnvironmentVariables("PIPELINE_");
        if (!string.IsNullOrWhiteSpace(outFolder))
            builder.Configuration.AddInMemoryCollection([new("Crawl:Output:Folder", outFolder)]);
        PipelineServices.Add(builder.Services, builder.Configuration);
        CrawlServices.Add(builder.Services, builder.Configuration);
        return builder;
    }

    private static void CheckFile(string path)
    {
        if (!File.Exists(path))
            throw new CrawlConfigException($"{path}: file not found; pass --config with the path of a crawl.json (samples/crawl.json is a working example)");
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                throw new CrawlConfigException($"{path}: the file must hold a JSON object with a \"Crawl\" section");
            foreach (var p in doc.RootElement.EnumerateObject())
                if (!Sections.Contains(p.Name, StringComparer.OrdinalIgnoreCase))
                    throw new CrawlConfigException($"{path}: unknown top-level key '{p.Name}'; crawl settings go under \"Crawl\" (allowed: {string.Join(", ", Sections)})");
        }
        catch (JsonException ex)
        {
            throw new CrawlConfigException($"{path}: not valid JSON at line {ex.LineNumber + 1}: {ex.Message}");
        }
    }
}
