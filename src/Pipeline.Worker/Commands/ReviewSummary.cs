using Pipeline.Review;
using Spectre.Console;

namespace Pipeline.Worker.Commands;

/// <summary>The short tables the review verbs print when they finish.</summary>
internal static class ReviewSummary
{
    public static void Export(ExportResult result, string csvPath)
    {
        foreach (var w in result.Warnings) AnsiConsole.MarkupLineInterpolated($"[yellow]warning:[/] {w}");
        var table = new Table().AddColumn("review export").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("claims read", result.ClaimsRead.ToString());
        table.AddRow("articles read", result.Articles.ToString());
        table.AddRow("rows exported", result.Exported.ToString());
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"Wrote [bold]{csvPath}[/]: fill the decision column (accept, reject or fix), then run `review import`.");
    }

    public static void Import(ImportResult result, string claimsPath)
    {
        foreach (var w in result.Warnings) AnsiConsole.MarkupLineInterpolated($"[yellow]warning:[/] {w}");
        var table = new Table().AddColumn("review import").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("rows read", result.Rows.ToString());
        foreach (var kind in Enum.GetValues<DecisionKind>())
            table.AddRow($"applied: {ReviewDecision.Word(kind)}", result.Applied.GetValueOrDefault(kind).ToString());
        table.AddRow("skipped (problems)", result.Problems.Count.ToString());
        table.AddRow("claims changed", result.ClaimsChanged.ToString());
        table.AddRow("decisions stored (new or changed)", result.DecisionsStored.ToString());
        AnsiConsole.Write(table);

        if (result.Problems.Count > 0)
        {
            var problems = new Table().AddColumn("file").AddColumn(new TableColumn("row").RightAligned()).AddColumn("reason");
            foreach (var p in result.Problems) problems.AddRow(Markup.Escape(p.File), p.Row.ToString(), Markup.Escape(p.Reason));
            AnsiConsole.Write(problems);
        }
        AnsiConsole.MarkupLineInterpolated($"{claimsPath} {(result.ClaimsChanged > 0 ? "updated" : "unchanged")}; decisions in {result.StorePath}.");
    }
}
