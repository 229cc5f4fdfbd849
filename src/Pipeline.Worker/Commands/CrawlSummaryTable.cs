using Pipeline.Crawl;
using Spectre.Console;

namespace Pipeline.Worker.Commands;

/// <summary>Renders a pass's <see cref="CrawlSummary"/> as a Spectre.Console table.</summary>
public static class CrawlSummaryTable
{
    public static void Write(IAnsiConsole console, CrawlSummary s)
    {
        var table = new Table().Title("crawl pass").AddColumn("measure").AddColumn(new TableColumn("count").RightAligned());
        void Row(string name, object value) => table.AddRow(Markup.Escape(name), Markup.Escape(value.ToString() ?? ""));
        Row("sources", s.SourcesFailed > 0 ? $"{s.Sources} ({s.SourcesFailed} failed)" : s.Sources);
        Row("article links", s.Links);
        Row("fetched", s.Fetched);
        Row("not modified (304)", s.NotModified);
        Row("unchanged (same bytes)", s.Unchanged);
        Row("failed", s.Failed);
        Row("skipped by robots.txt", s.RobotsSkipped);
        Row("refused addresses", s.Refused);
        Row("skipped content types", s.SkippedContentType);
        Row("rejected by the pipeline", s.Rejected);
        Row("duplicates (syndicated)", s.Duplicates);
        Row("new articles", s.NewArticles);
        foreach (var (type, n) in s.ClaimsByType) Row($"claims: {type}", n);
        Row("claims", s.Claims);
        Row("duration", s.Duration.ToString(@"hh\:mm\:ss\.f"));
        console.Write(table);
    }
}
