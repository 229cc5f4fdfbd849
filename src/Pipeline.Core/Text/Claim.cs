namespace Pipeline.Text;

/// <summary>The six claim types of the claims/1 contract.</summary>
public enum ClaimType
{
    Accusation,
    Denial,
    Condemnation,
    Appeal,
    Responsibility,
    Statement,
}

/// <summary>
/// A claim found in a document: who (speaker) said what (content) about whom (target), through which
/// cue, in which sentence. <see cref="Construction"/> names the grammar rule that built it and is a
/// feature of the learned claim model together with the rest of the fields.
/// </summary>
public sealed record Claim
{
    public required ClaimType Type { get; init; }

    public required Mention Speaker { get; init; }

    public Mention? Target { get; init; }

    public TextSpan? Content { get; init; }

    /// <summary>Quoted text; <see cref="QuoteDirect"/> is true when it sits inside quotation marks.</summary>
    public TextSpan? Quote { get; init; }

    public bool QuoteDirect { get; init; }

    public required TextSpan Cue { get; init; }

    /// <summary>The cue's lexicon lemma (اتهم، نفى، قال …).</summary>
    public required string CueLemma { get; init; }

    public required TextSpan Sentence { get; init; }

    public required string Construction { get; init; }

    public double Confidence { get; set; }
}

public static class ClaimTypes
{
    /// <summary>The contract's lower-case name of a claim type.</summary>
    public static string Name(this ClaimType type) => type switch
    {
        ClaimType.Accusation => "accusation",
        ClaimType.Denial => "denial",
        ClaimType.Condemnation => "condemnation",
        ClaimType.Appeal => "appeal",
        ClaimType.Responsibility => "responsibility",
        _ => "statement",
    };

    /// <summary>The CAMEO event code the contract gives each type.</summary>
    public static string Cameo(this ClaimType type) => type switch
    {
        ClaimType.Accusation => "112",
        ClaimType.Denial => "016",
        ClaimType.Condemnation => "111",
        ClaimType.Appeal => "02",
        ClaimType.Responsibility => "015",
        _ => "010",
    };

    public static bool TryParse(string? name, out ClaimType type)
    {
        foreach (var t in Enum.GetValues<ClaimType>())
        {
            if (string.Equals(t.Name(), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                type = t;
                return true;
            }
        }
        type = ClaimType.Statement;
        return false;
    }
}
