using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Pipeline.Crawl.Sources;

/// <summary>The links a source document holds: article pages, and child sitemaps of a sitemap index.</summary>
public sealed record SourceLinks(IReadOnlyList<Uri> Articles, IReadOnlyList<Uri> Sitemaps);

/// <summary>
/// Reads RSS 2.0 / RSS 1.0 (RDF), Atom 1.0, XML sitemaps (Google News sitemaps are sitemaps with an
/// extra namespace) and sitemap indexes with System.Xml — DTDs prohibited, no external resolution —
/// and plain URL lists. The root element decides the format, so a source's declared kind is a hint.
/// </summary>
public static class SourceParser
{
    private static readonly XmlReaderSettings Safe = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        MaxCharactersInDocument = 50_000_000,
    };

    /// <summary>Parses a feed or sitemap; throws <see cref="XmlException"/> when the bytes are not XML.</summary>
    public static SourceLinks ParseXml(byte[] bytes, Uri baseUri)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes), Safe);
        var root = XDocument.Load(reader).Root ?? throw new XmlException("the document has no root element");
        var articles = new List<Uri>();
        var sitemaps = new List<Uri>();
        switch (root.Name.LocalName)
        {
            case "rss" or "RDF":
                foreach (var item in root.Descendants().Where(e => e.Name.LocalName == "item"))
                    Add(articles, item.Elements().FirstOrDefault(e => e.Name.LocalName == "link")?.Value, baseUri);
                break;
            case "feed":
                foreach (var entry in root.Elements().Where(e => e.Name.LocalName == "entry"))
                {
                    var link = entry.Elements().Where(e => e.Name.LocalName == "link")
                        .FirstOrDefault(e => (string?)e.Attribute("rel") is null or "alternate");
                    Add(articles, (string?)link?.Attribute("href"), baseUri);
                }
                break;
            case "urlset":
                foreach (var url in root.Elements().Where(e => e.Name.LocalName == "url"))
                    Add(articles, url.Elements().FirstOrDefault(e => e.Name.LocalName == "loc")?.Value, baseUri);
                break;
            case "sitemapindex":
                foreach (var map in root.Elements().Where(e => e.Name.LocalName == "sitemap"))
                    Add(sitemaps, map.Elements().FirstOrDefault(e => e.Name.LocalName == "loc")?.Value, baseUri);
                break;
            default:
                throw new XmlException($"root element <{root.Name.LocalName}> is not rss, RDF, feed, urlset or sitemapindex");
        }
        return new SourceLinks(articles, sitemaps);
    }

    /// <summary>Parses a plain list: one URL per line, blank lines and '#' comments ignored.</summary>
    public static SourceLinks ParseList(byte[] bytes, Uri baseUri)
    {
        var articles = new List<Uri>();
        foreach (var line in Encoding.UTF8.GetString(bytes).Split('\n'))
        {
            string t = line.Trim();
            if (t.Length > 0 && t[0] != '#') Add(articles, t, baseUri);
        }
        return new SourceLinks(articles, []);
    }

    private static void Add(List<Uri> into, string? text, Uri baseUri)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        if (Uri.TryCreate(baseUri, text.Trim(), out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            into.Add(uri);
    }
}
