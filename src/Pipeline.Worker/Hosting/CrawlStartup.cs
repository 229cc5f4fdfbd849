using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Pipeline.Worker.Hosting;

/// <summary>Runs the ValidateOnStart checks of a built host and turns their failures into one readable message.</summary>
public static class CrawlStartup
{
    /// <summary>Builds the host, or returns the message naming what is wrong with the configuration.</summary>
    public static IHost? Build(Func<HostApplicationBuilder> create, string configPath, out string? error)
    {
        try
        {
            var host = create().Build();
            error = Validate(host.Services) ?? OpenState(host.Services);
            if (error is null) return host;
            host.Dispose();
            error = $"{configPath}: {error}";
            return null;
        }
        catch (CrawlConfigException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>
    /// Opens a PostgreSQL crawl state once, so an unreachable server is reported at start; null when it
    /// opened. A SQLite state is a local file and still opens with the first pass.
    /// </summary>
    private static string? OpenState(IServiceProvider services)
    {
        if (!Crawl.State.CrawlStates.IsPostgres(Crawl.CrawlServices.StatePath(services.GetRequiredService<IOptions<Crawl.Options.CrawlOptions>>().Value)))
            return null;
        try
        {
            services.GetRequiredService<Crawl.State.ICrawlStateStore>();
            return null;
        }
        catch (Crawl.State.CrawlStateException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>Returns null when the configuration is valid, else the message to print.</summary>
    public static string? Validate(IServiceProvider services)
    {
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return null;
        }
        catch (OptionsValidationException ex)
        {
            return "invalid configuration: " + string.Join("; ", ex.Failures);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException or InvalidOperationException))
        {
            return "invalid configuration: " + string.Join("; ", ex.InnerExceptions.Select(e => e is OptionsValidationException o ? string.Join("; ", o.Failures) : e.Message));
        }
        catch (InvalidOperationException ex)
        {
            // Binding with ErrorOnUnknownConfiguration names the unknown key here.
            return "invalid configuration: " + ex.Message + " Remove the key or fix its spelling (every key is listed in docs/crawl.md).";
        }
    }
}
