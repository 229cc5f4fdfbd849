using AngleSharp.Dom;

namespace Pipeline.Extract;

/// <summary>
/// The metadata of a news page, read before any cleaning: title (og:title, JSON-LD headline, the
/// article's h1, then &lt;title&gt;, each without the " - Site" suffix), publication date (meta
/// article:published_time and kin, JSON-LD datePublished, itemprop, &lt;time datetime&gt;, printed dateline), author
/// (meta author, JSON-LD, rel=author, itemprop) and site (og:site_name, JSON-LD publisher, host, the short side of the &lt;title&gt;).
/// </summary>
internal sealed record HtmlMetadata(string? Title, string? Published, string? Author, string? Site)
{
    private static readonly string[] DateMetas =
    [
        "article:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
        "parsely-pub-date", "article.published", "published_time",
    ];

    /// <summary>Reads the metadata of <paramref name="document"/>; <paramref name="url"/> gives the site when no tag does.</summary>
    public static HtmlMetadata Read(IDocument document, JsonLdArticle jsonLd, string? url)
    {
        string? site = Meta(document, "og:site_name") ?? jsonLd.Publisher 
                       ?? Host(url ?? Meta(document, "og:url") ?? Canonical(document)) ?? TitleCleaner.SitePart(document.Title);
        string? title = TitleCleaner.Clean(Meta(document, "og:title") ?? Meta(document, "twitter:title"), site)
                        ?? TitleCleaner.Clean(jsonLd.Headline, site)
                        ?? Heading(document)
                        ?? TitleCleaner.Clean(document.Title, site);
        return new HtmlMetadata(title, FindPublished(document, jsonLd), FindAuthor(document, jsonLd), site);
    }

    private static string? FindPublished(IDocument document, JsonLdArticle jsonLd)
    {
        foreach (var name in DateMetas)
            if (DateNormalizer.Normalize(Meta(document, name)) is { } d) return d;
        if (DateNormalizer.Normalize(jsonLd.DatePublished) is { } j) return j;
        foreach (var e in document.QuerySelectorAll("[itemprop='datePublished']"))
            if (DateNormalizer.Normalize(e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? e.TextContent) is { } i) return i;
        foreach (var e in document.QuerySelectorAll("article time[datetime], time[pubdate], time[datetime]"))
            if (DateNormalizer.Normalize(e.GetAttribute("datetime")) is { } t) return t;
        // Last resort: the printed dateline of an element named like a date ("newsdate", "post-date").
        foreach (var e in document.QuerySelectorAll("[class*='date'], [id*='date'], [class*='Date'], [id*='Date'], time").Take(20))
            if (ArabicDateline.Parse(e.TextContent) is { } printed) return printed;
        return null;
    }

    private static string? FindAuthor(IDocument document, JsonLdArticle jsonLd)
    {
        var candidates = new[]
        {
            Meta(document, "author"), Meta(document, "article:author"), Meta(document, "dc.creator"),
            Meta(document, "sailthru.author"), Meta(document, "parsely-author"), jsonLd.Author,
            document.QuerySelector("[rel='author']")?.TextContent,
            document.QuerySelector("[itemprop='author'] [itemprop='name']")?.TextContent,
            document.QuerySelector("[itemprop='author']")?.TextContent,
        };
        return candidates.Select(c => c is null ? null : HtmlDom.Collapse(c))
            .FirstOrDefault(c => c is { Length: > 1 and < 100 } && !c.Contains("://"));
    }

    /// <summary>The headline of the article: the first h1 inside &lt;article&gt;, else the page's only h1.</summary>
    private static string? Heading(IDocument document)
    {
        var h1 = document.QuerySelector("article h1") ?? (document.QuerySelectorAll("h1") is { Length: 1 } one ? one[0] : null);
        return h1 is null ? null : HtmlDom.Text(h1) is { Length: > 0 } t ? t : null;
    }

    /// <summary>The content of a meta tag found by property, name or itemprop (case-insensitive).</summary>
    private static string? Meta(IDocument document, string key)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            string? k = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (k is not null && k.Equals(key, StringComparison.OrdinalIgnoreCase)
                && meta.GetAttribute("content") is { } c && !string.IsNullOrWhiteSpace(c))
                return HtmlDom.Collapse(c);
        }
        return null;
    }

    private static string? Canonical(IDocument document) => document.QuerySelector("link[rel='canonical']")?.GetAttribute("href");

    private static string? Host(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host)
            : null;
}
