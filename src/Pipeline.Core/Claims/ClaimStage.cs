using Pipeline.Processing;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>Runs the claim grammar on a document and scores every claim it finds.</summary>
public sealed class ClaimStage(ClaimGrammar grammar, IClaimScorer scorer) : IDocumentStage
{
    public string Name => "claims";

    public void Process(Document document, CancellationToken cancellationToken)
    {
        foreach (var claim in grammar.Predict(document))
        {
            claim.Confidence = scorer.Score(document, claim);
            document.Claims.Add(claim);
        }
    }
}
