using Pipeline.Read;
using Pipeline.Text;

namespace Pipeline.Extract;

/// <summary>The clean article text (title line, then body paragraphs separated by newlines) and its metadata.</summary>
public sealed record ExtractedArticle(string Text, ArticleMeta Meta);

/// <summary>
/// Turns raw bytes into the clean article text: decodes them (read stage) and, for HTML, keeps the
/// main text only. Throws <see cref="ArticleRejectedException"/> for inputs it cannot use.
/// </summary>
public interface IArticleExtractor
{
    ExtractedArticle Extract(RawInput input, CancellationToken cancellationToken);
}
