using System.ComponentModel.DataAnnotations;
using System.Net;
using Cronos;
using Microsoft.Extensions.Options;

namespace Pipeline.Crawl.Options;

/// <summary>
/// Checks what data annotations cannot: the cron expression, the time zones, the source URLs, the
/// allowed ranges and the relations between timeouts. Each failure names the key and the fix.
/// </summary>
public sealed class CrawlOptionsValidator : IValidateOptions<CrawlOptions>
{
    public ValidateOptionsResult Validate(string? name, CrawlOptions o)
    {
        var errors = new List<string>();
        Annotations(o, "Crawl", errors);
        Annotations(o.Politeness, "Crawl:Politeness", errors);
        Annotations(o.Http, "Crawl:Http", errors);
        Annotations(o.Schedule, "Crawl:Schedule", errors);
        Annotations(o.Output, "Crawl:Output", errors);
        for (int i = 0; i < o.Sources.Count; i++)
        {
            var s = o.Sources[i];
            Annotations(s, $"Crawl:Sources:{i}", errors);
            if (!Uri.TryCreate(s.Url, UriKind.Absolute, out var u) || (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps))
                errors.Add($"Crawl:Sources:{i}:Url: '{s.Url}' is not an absolute http or https URL.");
        }
        if (!TryCron(o.Schedule.Cron))
            errors.Add($"Crawl:Schedule:Cron: '{o.Schedule.Cron}' is not a five-field cron expression (e.g. \"0 2 * * *\").");
        if (!TryZone(o.Schedule.TimeZone))
            errors.Add($"Crawl:Schedule:TimeZone: '{o.Schedule.TimeZone}' is not a known time zone id (e.g. \"Asia/Riyadh\" or \"UTC\").");
        if (!string.IsNullOrEmpty(o.Output.DayTimeZone) && !TryZone(o.Output.DayTimeZone))
            errors.Add($"Crawl:Output:DayTimeZone: '{o.Output.DayTimeZone}' is not a known time zone id.");
        if (State.CrawlStates.Problem("Crawl:Output:StatePath", o.Output.StatePath) is { } state)
            errors.Add(state);
        if (o.Http.TotalTimeoutMilliseconds < o.Http.AttemptTimeoutMilliseconds)
            errors.Add("Crawl:Http:TotalTimeoutMilliseconds: must be at least AttemptTimeoutMilliseconds.");
        foreach (var entry in o.AllowedPrivateHosts)
            if (entry.Contains('/') && !IPNetwork.TryParse(entry, out _))
                errors.Add($"Crawl:AllowedPrivateHosts: '{entry}' is not a CIDR range (e.g. \"127.0.0.0/8\").");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Annotations(object target, string path, List<string> errors)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(target, new ValidationContext(target), results, validateAllProperties: true)) return;
        foreach (var r in results)
            errors.Add($"{path}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}");
    }

    private static bool TryCron(string expression)
    {
        try { CronExpression.Parse(expression); return true; }
        catch (CronFormatException) { return false; }
    }

    private static bool TryZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
