using Pipeline.Processing;
using Pipeline.Text;

namespace Pipeline.Segment;

/// <summary>Fills <see cref="Document.Tokens"/> from the article text.</summary>
public sealed class TokenizeStage : IDocumentStage
{
    public string Name => "tokenize";

    public void Process(Document document, CancellationToken cancellationToken)
    {
        document.Tokens.Clear();
        Tokenizer.Tokenize(document.Text, document.Tokens);
    }
}
