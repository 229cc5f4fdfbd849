using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Pipeline.Crawl.Dedup;
using Pipeline.Crawl.Http;
using Pipeline.Crawl.Options;
using Pipeline.Crawl.Output;
using Pipeline.Crawl.Robots;
using Pipeline.Crawl.Sources;
using Pipeline.Crawl.State;

namespace Pipeline.Crawl;

/// <summary>
/// Wires the crawler into a service collection that already holds the pipeline
/// (<c>PipelineServices.Add</c>, which provides the <see cref="Processing.ArticleProcessor"/>).
/// </summary>
public static class CrawlServices
{
    public static IServiceCollection Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CrawlOptions>()
            .Bind(configuration.GetSection(CrawlOptions.Section), o => o.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CrawlOptions>, CrawlOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AddressGuard>();
        services.AddSingleton<HostGate>();
        services.AddSingleton<PageFetcher>();
        services.AddSingleton<RobotsCache>();
        services.AddSingleton<ISourceFetcher, PoliteSourceFetcher>();
        services.AddSingleton<SourceExpander>();
        services.AddSingleton(sp => CrawlStates.Open(StatePath(sp.GetRequiredService<IOptions<CrawlOptions>>().Value)));
        services.AddSingleton(sp => new DuplicateIndex(sp.GetRequiredService<IOptions<CrawlOptions>>().Value.NearDuplicateSimilarity));
        services.AddSingleton<ArticleCommitter>();
        services.AddSingleton<ArticleHandler>();
        services.AddSingleton<CrawlPass>();
        services.AddSingleton<ICrawlPass>(sp => sp.GetRequiredService<CrawlPass>());
        CrawlHttp.Add(services);
        return services;
    }

    /// <summary>Crawl:Output:StatePath (a SQLite path or a postgres: connection string), or crawl-state.db inside the output folder.</summary>
    public static string StatePath(CrawlOptions o) =>
        string.IsNullOrWhiteSpace(o.Output.StatePath) ? Path.Combine(o.Output.Folder, "crawl-state.db") : o.Output.StatePath;
}
