namespace Pipeline.Review;

/// <summary>What a reviewer decided about one claim.</summary>
public enum DecisionKind
{
    Accept,
    Reject,
    Fix,
}

/// <summary>The corrected fields of a <c>fix</c> decision; null means "leave as extracted".</summary>
public sealed record ClaimFix(string? Type = null, string? Speaker = null, string? Target = null, string? Content = null)
{
    public static readonly ClaimFix None = new();

    public bool HasAny => Type is not null || Speaker is not null || Target is not null || Content is not null;
}

/// <summary>One validated review decision, keyed by the claim's stable id.</summary>
public sealed record ReviewDecision(string ClaimId, DecisionKind Kind, ClaimFix Fix, string? Note, string? Reviewer)
{
    /// <summary>The word a reviewer writes in the decision column.</summary>
    public static string Word(DecisionKind kind) => kind switch
    {
        DecisionKind.Accept => "accept",
        DecisionKind.Reject => "reject",
        _ => "fix",
    };

    /// <summary>Reads the decision column's word (case and surrounding blanks ignored).</summary>
    public static bool TryParseKind(string? word, out DecisionKind kind)
    {
        foreach (var k in Enum.GetValues<DecisionKind>())
        {
            if (string.Equals(Word(k), word?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }

    /// <summary>The claim status this decision gives.</summary>
    public string Status => Kind switch
    {
        DecisionKind.Accept => Pipeline.Output.ClaimStatus.Accepted,
        DecisionKind.Reject => Pipeline.Output.ClaimStatus.Rejected,
        _ => Pipeline.Output.ClaimStatus.Corrected,
    };
}
