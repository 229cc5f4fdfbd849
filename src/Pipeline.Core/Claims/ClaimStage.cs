using Pipeline.Processing;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// Runs the claim grammar on a document and scores every claim it finds. All claims are added before
/// any is scored, so that the scorer sees the document's final claims (claims per sentence, per cue).
/// Articles that are not in Arabic (<see cref="ArticleLanguage"/>) get no claims.
/// </summary>
public sealed class ClaimStage(ClaimGrammar grammar, IClaimScorer scorer, Learning.ClaimRefiner? refiner = null) : IDocumentStage
{
    public string Name => "claims";

    public IClaimScorer Scorer => scorer;

    /// <summary>The learned decisions (type, target, claim or not, confidence) over the grammar's candidates, when a model is loaded.</summary>
    public Learning.ClaimRefiner? Refiner => refiner;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        document.Language = ArticleLanguage.Of(document.Text);
        if (document.Language != TextLanguage.Arabic) return; // the grammar and its lexicons are Arabic
        int first = document.Claims.Count;
        if (refiner is not null)
        {
            // the refiner types, targets, keeps or drops each candidate and gives it its confidence
            document.Claims.AddRange(refiner.Refine(document, grammar.Predict(document), cancellationToken));
            return;
        }
        document.Claims.AddRange(grammar.Predict(document));
        for (int i = first; i < document.Claims.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            document.Claims[i].Confidence = scorer.Score(document, document.Claims[i]);
        }
    }
}
