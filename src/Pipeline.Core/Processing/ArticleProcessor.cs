using Pipeline.Extract;
using Pipeline.Output;
using Pipeline.Read;
using Pipeline.Text;

namespace Pipeline.Processing;

/// <summary>The records one input produced.</summary>
public sealed record ArticleResult(ArticleRecord Article, IReadOnlyList<ClaimRecord> Claims, Document Document);

/// <summary>
/// Runs one input through every stage: extract (read + main text), then the analysis stages in the
/// order given (normalise → tokenize → quotes → segment → mentions → claims → confidence), then
/// builds the output records. Used by both the batch <c>extract</c> and the crawler.
/// </summary>
public sealed class ArticleProcessor(IArticleExtractor extractor, IReadOnlyList<IDocumentStage> stages, ClaimRecordBuilder builder)
{
    public IReadOnlyList<IDocumentStage> Stages => stages;

    /// <summary>Processes one input; throws <see cref="ArticleRejectedException"/> naming the stage that failed.</summary>
    public ArticleResult Process(RawInput input, CancellationToken cancellationToken)
    {
        var extracted = extractor.Extract(input, cancellationToken);
        if (string.IsNullOrWhiteSpace(extracted.Text))
            throw new ArticleRejectedException("extract", "no article text was found; check that the file is a news article page");
        var document = new Document(StableIds.Article(extracted.Text), extracted.Text, extracted.Meta);
        Analyse(document, cancellationToken);
        return new ArticleResult(builder.ArticleRecord(document), builder.ClaimRecords(document), document);
    }

    /// <summary>Runs the analysis stages on a document whose text is already known (tests, benchmarks, eval).</summary>
    public void Analyse(Document document, CancellationToken cancellationToken)
    {
        foreach (var stage in stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                stage.Process(document, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not ArticleRejectedException)
            {
                throw new ArticleRejectedException(stage.Name, $"{ex.GetType().Name}: {ex.Message}", ex);
            }
        }
    }
}
