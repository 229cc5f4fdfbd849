using Pipeline.Processing;
using Pipeline.Text;

namespace Pipeline.Quotes;

/// <summary>
/// Fills <see cref="Document.Quotations"/> from the article text with <see cref="QuotePairer"/>.
/// Runs after tokenize and before segment, which keeps sentences from ending inside a quotation.
/// </summary>
public sealed class QuoteStage(QuoteLimits? limits = null) : IDocumentStage
{
    private readonly QuoteLimits _limits = (limits ?? QuoteLimits.Default).Validate();

    public string Name => "quotes";

    public void Process(Document document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var quotations = QuotePairer.Pair(document.Text, _limits);
        document.Quotations.Clear();
        document.Quotations.AddRange(quotations);
    }
}
