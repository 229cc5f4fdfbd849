using AngleSharp.Dom;

namespace Pipeline.Extract;

/// <summary>
/// Second cleaning pass, inside the chosen article only (Readability's "clean conditionally"):
/// removes blocks that look like link lists ("اقرأ أيضا", related stories, tags), share bars,
/// image galleries and forms, judged by link density, list items vs paragraphs, images and class.
/// </summary>
internal static class ContentCleaner
{
    private const string Judged = "div, section, ul, ol, table, td, figure, header, aside, dl, h1, h2, h3, h4, h5, h6, span, p";

    /// <summary>Removes the boilerplate blocks inside each content element, innermost first.</summary>
    public static void Clean(IEnumerable<IElement> content, CancellationToken cancellationToken)
    {
        foreach (var root in content)
        {
            foreach (var e in root.QuerySelectorAll(Judged).Reverse().ToList())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (e.ParentElement is not null && IsBoilerplate(e)) e.Remove();
            }
        }
    }

    /// <summary>A block headed "اقرأ أيضا", "مواضيع ذات صلة", "التعليقات", …: a related list or the comments.</summary>
    internal static bool StartsWithFurnitureHeading(IElement e)
    {
        var first = e.FirstElementChild;
        return first is not null && first.LocalName is "h2" or "h3" or "h4" or "h5" or "h6"
               && ArticleLines.IsFurniture(HtmlDom.Text(first));
    }

    private static bool IsBoilerplate(IElement e)
    {
        string text = HtmlDom.Text(e);
        string tag = e.LocalName;
        if (tag is "figure") return true; // pictures and captions are not article text
        if (StartsWithFurnitureHeading(e)) return true;
        bool negative = ClassHints.IsNegative(e);

        // Headings and inline blocks: a boilerplate class, or (headings only) mostly link text.
        if (tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "span" or "p")
            return negative && text.Length < 200 || tag is not ("p" or "span") && HtmlDom.LinkDensity(e, text.Length) > 0.5;
        if (negative && text.Length < 500) return true;
        if (text.Length == 0) return true;
        if (HtmlDom.Commas(text) >= 10) return false; // running prose, whatever its markup

        int weight = ClassHints.Weight(e);
        double links = HtmlDom.LinkDensity(e, text.Length);
        int paragraphs = e.QuerySelectorAll("p").Length;
        int images = e.QuerySelectorAll("img").Length;
        bool isList = tag is "ul" or "ol";
        return images > 1 && paragraphs < images / 2.0 && text.Length < 200            // gallery
               || !isList && e.QuerySelectorAll("li").Length - 100 > paragraphs            // menu of lists
               || text.Length < 25 && images == 0 && !HtmlDom.HasBlockChild(e) && tag != "div" // label, button
               || weight < 25 && links > 0.2 && text.Length < 1000                         // link box
               || weight >= 25 && links > 0.5
               || tag is "td" or "ul" or "ol" && links > 0.5;                               // link column, related list
    }
}
