using AngleSharp.Dom;

namespace Pipeline.Extract;

/// <summary>
/// Gathers the article around the top candidate: its siblings join when they scored well enough,
/// share its class, or are prose paragraphs with few links (Readability's sibling step). Many
/// sites split the body into several sibling blocks around ads and pictures.
/// </summary>
internal static class SiblingMerger
{
    /// <summary>The top candidate and the siblings that belong to the article, in document order.</summary>
    public static List<IElement> Gather(IElement top, MainTextScorer scorer)
    {
        var parent = top.ParentElement;
        if (parent is null || parent.LocalName is "html") return [top];
        double topScore = scorer.ScoreOf(top) ?? 0;
        double threshold = Math.Max(10, topScore * 0.2);
        var content = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top) { content.Add(sibling); continue; }
            if (ContentCleaner.StartsWithFurnitureHeading(sibling)) continue;
            double bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
            if (scorer.ScoreOf(sibling) is { } s && s + bonus >= threshold) { content.Add(sibling); continue; }
            if (IsProse(sibling)) content.Add(sibling);
        }
        return content;
    }

    /// <summary>A paragraph of running text: long with few links, or short, link-free and ending a sentence.</summary>
    private static bool IsProse(IElement e)
    {
        if (e.LocalName is not ("p" or "blockquote" or "pre") && HtmlDom.HasBlockChild(e)) return false;
        if (e.LocalName is not ("p" or "div" or "blockquote" or "pre" or "span" or "h2" or "h3")) return false;
        string text = HtmlDom.Text(e);
        double links = HtmlDom.LinkDensity(e, text.Length);
        if (text.Length > 80) return links < 0.25;
        return text.Length > 0 && links == 0 && EndsSentence(text);
    }

    private static bool EndsSentence(string text) => text[^1] is '.' or '。' or '؟' or '?' or '!' or '»' or '"' or '”';
}
