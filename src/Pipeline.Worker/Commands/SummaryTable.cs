using Pipeline.Text;
using Pipeline.Worker.Batch;
using Spectre.Console;

namespace Pipeline.Worker.Commands;

/// <summary>The table printed after a batch run.</summary>
public static class SummaryTable
{
    public static void Write(BatchSummary s, string outDir, double threshold)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("what").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("articles", s.Articles.ToString());
        if (s.NotArabic > 0) table.AddRow("  not in Arabic (no claims looked for)", s.NotArabic.ToString());
        foreach (var type in Enum.GetValues<ClaimType>())
            table.AddRow($"  {type.Name()} claims", s.ClaimsByType.GetValueOrDefault(type.Name()).ToString());
        table.AddRow("claims", s.Claims.ToString());
        table.AddRow($"  needing review (confidence < {threshold:0.##})", s.NeedsReview.ToString());
        table.AddRow("rejected inputs", s.Rejects.ToString());
        table.AddRow("skipped files", s.Skipped.ToString());
        table.AddRow("time", $"{s.Elapsed.TotalSeconds:F1} s");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"Wrote [bold]{Path.Combine(outDir, BatchRunner.ArticlesFile)}[/], [bold]{Path.Combine(outDir, BatchRunner.ClaimsFile)}[/], [bold]{Path.Combine(outDir, BatchRunner.RejectsFile)}[/]");
    }
}
