using AngleSharp.Dom;

namespace Pipeline.Extract;

/// <summary>Small DOM measurements shared by the boilerplate remover, the scorer and the cleaner.</summary>
internal static class HtmlDom
{
    /// <summary>Elements laid out as blocks: each starts a new line of output text.</summary>
    public static readonly HashSet<string> BlockTags =
    [
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul", "caption", "option", "legend",
    ];

    /// <summary>The element's text with whitespace runs collapsed and trimmed.</summary>
    public static string Text(IElement e) => Collapse(e.TextContent);

    /// <summary>Collapses every whitespace run (including no-break spaces) to one space and trims.</summary>
    public static string Collapse(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u00A0' or '\uFEFF')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Share of the text that sits inside links (in-page #anchors count 30%, as in Readability).</summary>
    public static double LinkDensity(IElement e, int? textLength = null)
    {
        int length = textLength ?? Text(e).Length;
        if (length == 0) return 0;
        double linked = 0;
        foreach (var a in e.QuerySelectorAll("a"))
        {
            string href = a.GetAttribute("href") ?? "";
            double coefficient = href.StartsWith('#') ? 0.3 : 1;
            linked += Text(a).Length * coefficient;
        }
        return Math.Min(1, linked / length);
    }

    /// <summary>Commas in the text, Arabic and Latin, as a sign of running prose.</summary>
    public static int Commas(string text) => text.Count(c => c is ',' or '،' or '，' or '、');

    /// <summary>True when the element has a block-level element child (it is a container, not a paragraph).</summary>
    public static bool HasBlockChild(IElement e) => e.Children.Any(c => BlockTags.Contains(c.LocalName));

    /// <summary>The ancestors of an element, nearest first, up to <paramref name="depth"/> of them.</summary>
    public static IEnumerable<IElement> Ancestors(IElement e, int depth)
    {
        var p = e.ParentElement;
        for (int i = 0; i < depth && p is not null; i++, p = p.ParentElement) yield return p;
    }
}
