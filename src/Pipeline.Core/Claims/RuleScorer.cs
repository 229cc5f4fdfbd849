using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// The grammar-only confidence (Pipeline:ClaimScorer = Rules): a prior per construction, lowered for weak
/// evidence. The default pipeline takes its confidence from the learned claim model instead.
/// </summary>
public sealed class RuleScorer : IClaimScorer
{
    public string Name => "rules";

    public double Score(Document document, Claim claim)
    {
        double p = claim.Construction switch
        {
            "verb-subject" => 0.8,
            "subject-first" => 0.7,
            "source-before" or "source-after" => 0.7,
            "continuation" => 0.65,
            "participle" => 0.65,
            "reported-accusation" => 0.6,
            _ => 0.5,
        };
        if (claim.Quote is not null && claim.QuoteDirect) p += 0.1;
        if (claim.Speaker.Canonical is null && claim.Speaker.Kind == MentionKind.OTHER) p -= 0.1;
        if (claim.Type is ClaimType.Accusation or ClaimType.Condemnation or ClaimType.Appeal && claim.Target is null) p -= 0.15;
        if (claim.Content is { } c && c.Length < 15) p -= 0.15;
        return Math.Clamp(p, 0.05, 0.95);
    }
}
