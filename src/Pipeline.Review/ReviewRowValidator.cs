using Pipeline.Output;
using Pipeline.Text;

namespace Pipeline.Review;

/// <summary>A sheet row that was not applied, and why: reported to the reviewer, never silently dropped.</summary>
public sealed record RowProblem(string File, int Row, string Reason)
{
    public override string ToString() => $"{File}: row {Row}: {Reason}";
}

/// <summary>A row that passed validation, with the sheet row it came from.</summary>
public sealed record SheetDecision(int Row, ReviewDecision Decision);

/// <summary>
/// Turns sheet rows into decisions. A blank decision cell means "not reviewed yet" and is skipped
/// silently; an unknown id, an unknown decision, a fix that names no fixed field (or an unknown
/// fixed_type), an accept that carries fixed fields, or a second row for the same claim is a problem.
/// </summary>
public static class ReviewRowValidator
{
    public static (IReadOnlyList<SheetDecision> Decisions, IReadOnlyList<RowProblem> Problems) Validate(
        ReviewSheet sheet, IReadOnlyDictionary<string, ClaimRecord> claims)
    {
        var decisions = new List<SheetDecision>();
        var problems = new List<RowProblem>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            string? word = row.Get(ReviewColumns.Decision);
            if (word is null) continue;
            string? reason = Check(row, word, claims, seen, out var decision);
            if (reason is null) decisions.Add(new SheetDecision(row.Row, decision!));
            else problems.Add(new RowProblem(sheet.Path, row.Row, reason));
        }
        return (decisions, problems);
    }

    private static string? Check(ReviewRow row, string word, IReadOnlyDictionary<string, ClaimRecord> claims,
        Dictionary<string, int> seen, out ReviewDecision? decision)
    {
        decision = null;
        string? id = row.Get(ReviewColumns.Id);
        if (id is null) return "the id cell is empty; keep the id column of `review export` unchanged.";
        if (!claims.ContainsKey(id)) return $"unknown claim id '{id}': it is not in claims.jsonl (was the sheet exported from another run?).";
        if (!ReviewDecision.TryParseKind(word, out var kind)) return $"unknown decision '{word}'; write accept, reject or fix.";

        var fix = new ClaimFix(
            row.Get(ReviewColumns.FixedType),
            row.Get(ReviewColumns.FixedSpeaker),
            row.Get(ReviewColumns.FixedTarget),
            row.Get(ReviewColumns.FixedContent));
        if (kind == DecisionKind.Fix && !fix.HasAny)
            return "fix names no fixed field; fill fixed_type, fixed_speaker, fixed_target or fixed_content (or write accept/reject).";
        if (kind == DecisionKind.Accept && fix.HasAny)
            return "accept carries fixed fields; write fix to apply them, or clear them to accept the claim as extracted.";
        if (kind == DecisionKind.Fix && fix.Type is { } t)
        {
            if (!ClaimTypes.TryParse(t, out var type))
                return $"unknown fixed_type '{t}'; use accusation, denial, condemnation, appeal, responsibility or statement.";
            fix = fix with { Type = type.Name() };
        }
        if (seen.TryGetValue(id, out int first)) return $"claim '{id}' already decided on row {first}; keep one row per claim.";
        seen[id] = row.Row;

        if (kind != DecisionKind.Fix) fix = ClaimFix.None;
        decision = new ReviewDecision(id, kind, fix, row.Get(ReviewColumns.Note), row.Get(ReviewColumns.Reviewer));
        return null;
    }
}
