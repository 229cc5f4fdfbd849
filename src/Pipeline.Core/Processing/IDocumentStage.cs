using Pipeline.Text;

namespace Pipeline.Processing;

/// <summary>
/// One analysis stage: reads what earlier stages left on the document and adds its own annotations.
/// Stages are stateless after construction and safe to share between threads.
/// </summary>
public interface IDocumentStage
{
    /// <summary>Short stage name for logs and reject records (normalise, segment, quotes …).</summary>
    string Name { get; }

    void Process(Document document, CancellationToken cancellationToken);
}
