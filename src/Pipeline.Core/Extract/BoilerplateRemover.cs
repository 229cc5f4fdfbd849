using AngleSharp.Dom;

namespace Pipeline.Extract;

/// <summary>
/// First cleaning pass over the whole page, before scoring: drops what can never be main text
/// (scripts, styles, forms controls, embedded media, nav/aside/footer, hidden elements) and the
/// elements whose class/id/role mark them as page furniture (<see cref="ClassHints.IsUnlikely"/>).
/// </summary>
internal static class BoilerplateRemover
{
    private static readonly HashSet<string> AlwaysRemoved =
    [
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "video", "audio",
        "button", "input", "select", "textarea", "nav", "aside", "footer", "link", "meta", "dialog", "menu",
        "picture", "source", "map", "math",
    ];

    /// <summary>Tags kept even when their class reads like boilerplate (they hold the page, the article or its paragraphs).</summary>
    private static readonly HashSet<string> Protected = ["html", "body", "article", "main", "a", "p"];

    /// <summary>Removes boilerplate elements from <paramref name="root"/> in place.</summary>
    public static void Clean(IElement root, CancellationToken cancellationToken)
    {
        var doomed = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        int visited = 0;
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (++visited % 2048 == 0) cancellationToken.ThrowIfCancellationRequested();
            if (e != root && ShouldRemove(e))
            {
                doomed.Add(e);
                continue;
            }
            foreach (var child in e.Children) stack.Push(child);
        }
        foreach (var e in doomed) e.Remove();
        foreach (var comment in root.Descendants<IComment>().ToList()) comment.Remove();
    }

    private static bool ShouldRemove(IElement e)
    {
        string tag = e.LocalName;
        if (AlwaysRemoved.Contains(tag)) return true;
        if (IsHidden(e)) return true;
        if (Protected.Contains(tag) || InsideTable(e)) return false;
        return ClassHints.IsUnlikely(e);
    }

    /// <summary>Hidden by attribute or inline style: readers never see it, so it is not the article.</summary>
    private static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden")) return true;
        if (string.Equals(e.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase) && e.LocalName != "p") return true;
        if (HasHiddenClass(e)) return true;
        string style = (e.GetAttribute("style") ?? "").Replace(" ", "").ToLowerInvariant();
        return style.Contains("display:none") || style.Contains("visibility:hidden");
    }

    /// <summary>
    /// CSS-framework classes that hide an element (Bootstrap d-none, sr-only, …), unless a
    /// responsive class (d-md-block) shows it again on some screens.
    /// </summary>
    private static bool HasHiddenClass(IElement e)
    {
        var classes = e.ClassList;
        if (classes.Length == 0) return false;
        bool hidden = classes.Any(c => c is "hidden" or "d-none" or "hide" or "sr-only" or "visually-hidden" or "screen-reader-text" or "invisible");
        return hidden && !classes.Any(c => c.StartsWith("d-sm-") || c.StartsWith("d-md-") || c.StartsWith("d-lg-") || c.StartsWith("d-xl-"));
    }

    /// <summary>Layout tables use odd class names; their cells are judged by the scorer instead.</summary>
    private static bool InsideTable(IElement e)
    {
        for (var p = e.ParentElement; p is not null; p = p.ParentElement)
            if (p.LocalName == "table") return true;
        return false;
    }
}
