using Pipeline.Processing;
using Pipeline.Text;

namespace Pipeline.Normalise;

/// <summary>Adds the normalised matching view to a document; the text itself is left as it is.</summary>
public sealed class NormaliseStage : IDocumentStage
{
    public string Name => "normalise";

    public void Process(Document document, CancellationToken cancellationToken)
    {
        document.Normalized = NormalizedText.Create(document.Text);
    }
}
