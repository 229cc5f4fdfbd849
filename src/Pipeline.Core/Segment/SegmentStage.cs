using Pipeline.Processing;
using Pipeline.Text;

namespace Pipeline.Segment;

/// <summary>
/// Fills <see cref="Document.Sentences"/> with <see cref="SentenceSegmenter"/> from the tokens and the
/// quotations, so it runs after the tokenize and quotes stages.
/// </summary>
public sealed class SegmentStage : IDocumentStage
{
    public string Name => "segment";

    public void Process(Document document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var sentences = SentenceSegmenter.Segment(document.Text, document.Tokens, document.Quotations);
        document.Sentences.Clear();
        document.Sentences.AddRange(sentences);
    }
}
