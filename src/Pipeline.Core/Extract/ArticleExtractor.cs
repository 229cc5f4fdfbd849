using Pipeline.Read;

namespace Pipeline.Extract;

/// <summary>
/// The read and extract stages: decodes the bytes (<see cref="TextDecoder"/>), then takes a .txt
/// file whole (<see cref="PlainTextArticle"/>) or keeps the main text of an HTML page
/// (<see cref="HtmlArticle"/>). Throws <see cref="ArticleRejectedException"/> for unusable inputs.
/// </summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    private readonly ExtractOptions _options;
    private readonly HtmlArticle _html;

    /// <summary>Uses the default options (20 MB input limit).</summary>
    public ArticleExtractor() : this(new ExtractOptions()) { }

    public ArticleExtractor(ExtractOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxInputBytes < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxInputBytes, "MaxInputBytes must be at least 1; set Pipeline:MaxInputBytes to a positive number of bytes");
        _options = options;
        _html = new HtmlArticle(options);
    }

    public ExtractedArticle Extract(RawInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        cancellationToken.ThrowIfCancellationRequested();
        bool isHtml = InputKind.IsHtml(input);
        var decoded = TextDecoder.Decode(input, isHtml, _options.MaxInputBytes);
        cancellationToken.ThrowIfCancellationRequested();
        var article = isHtml
            ? _html.Build(decoded.Text, input, cancellationToken)
            : PlainTextArticle.Build(decoded.Text, input);
        return decoded.Replaced == 0 ? article : article with { Meta = article.Meta with { ReplacedBytes = decoded.Replaced } };
    }
}
