using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pipeline.Read;
using Pipeline.Text;

namespace Pipeline.Extract;

/// <summary>
/// Builds the article from an HTML page: parses it with AngleSharp, reads the metadata, removes
/// page furniture, finds the main text with <see cref="MainTextScorer"/>, cleans it and writes it
/// as title line + one line per block. JSON-LD articleBody is the fallback when the page's markup
/// yields little text.
/// </summary>
internal sealed class HtmlArticle(ExtractOptions options)
{
    // One parser per thread: AngleSharp's parser is not thread-safe and extract analyses on several threads.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new(new HtmlParserOptions { IsScripting = false }));

    /// <summary>Extracts the article from decoded page text.</summary>
    public ExtractedArticle Build(string html, RawInput input, CancellationToken cancellationToken)
    {
        using var document = Parser.Value!.ParseDocument(html);
        cancellationToken.ThrowIfCancellationRequested();
        var jsonLd = JsonLdArticle.Read(document);
        var meta = HtmlMetadata.Read(document, jsonLd, input.Url);

        var body = BodyLines(document, cancellationToken);
        if (Length(body) < options.MinBodyChars && jsonLd.ArticleBody is { } ld && ld.Length > Length(body))
            body = PlainTextArticle.Lines(ld);
        string? title = meta.Title ?? body.FirstOrDefault();
        body = ArticleLines.Tidy(body, title);
        if (title is null || body.Count == 0)
            throw new ArticleRejectedException("extract",
                "no main text was found in the HTML page; check that it is an article page and not an index, or save it as .txt");
        var lines = new List<string>(body.Count + 1) { title };
        lines.AddRange(body);

        var articleMeta = new ArticleMeta
        {
            Path = input.Path, Url = input.Url, Title = title, Published = meta.Published, Author = meta.Author, Site = meta.Site,
        };
        return new ExtractedArticle(string.Join('\n', lines), articleMeta);
    }

    /// <summary>The main-text lines of the page's body, or no lines when no candidate scored.</summary>
    private static List<string> BodyLines(IDocument document, CancellationToken cancellationToken)
    {
        if (document.Body is not { } root) return [];
        BoilerplateRemover.Clean(root, cancellationToken);
        var scorer = new MainTextScorer();
        var top = scorer.FindTopCandidate(root, cancellationToken);
        if (top is null) return [];
        var content = SiblingMerger.Gather(top, scorer);
        ContentCleaner.Clean(content, cancellationToken);
        return HtmlTextWriter.Lines(content);
    }

    private static int Length(List<string> lines) => lines.Sum(l => l.Length);
}
