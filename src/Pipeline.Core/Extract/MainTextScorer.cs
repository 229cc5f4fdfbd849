using AngleSharp.Dom;

namespace Pipeline.Extract;

/// <summary>
/// Hand-written Readability-style content scorer (no .NET library does this on AngleSharp's DOM):
/// every paragraph-like block with enough text gives points for its length and commas to its
/// parent (full), grandparent (half) and further ancestors (less); candidates start from a tag
/// bonus and the class/id weight, and are discounted by their link density. The best candidate,
/// moved up when its ancestors gather more content, is the article container.
/// </summary>
internal sealed class MainTextScorer
{
    private const int MinParagraphChars = 25;
    private const int AncestorDepth = 5;
    private const int FullWeightChars = 500;

    private readonly Dictionary<IElement, double> _scores = new(ReferenceEqualityComparer.Instance);

    /// <summary>The score of a candidate element, or null if no paragraph scored it.</summary>
    public double? ScoreOf(IElement e) => _scores.TryGetValue(e, out var s) ? s : null;

    /// <summary>Scores the page and returns the best candidate container, or null when nothing scored.</summary>
    public IElement? FindTopCandidate(IElement body, CancellationToken cancellationToken)
    {
        foreach (var (anchor, text) in Paragraphs(body))
        {
            cancellationToken.ThrowIfCancellationRequested();
            double points = 1 + HtmlDom.Commas(text) + Math.Min(text.Length / 100, 3);
            int level = 0;
            foreach (var candidate in new[] { anchor }.Concat(HtmlDom.Ancestors(anchor, AncestorDepth - 1)))
            {
                if (candidate.LocalName is "html") break;
                _scores.TryAdd(candidate, 0);
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                _scores[candidate] += points / divider;
                level++;
            }
        }
        if (_scores.Count == 0) return null;
        foreach (var e in _scores.Keys.ToList())
        {
            int length = HtmlDom.Text(e).Length;
            _scores[e] = (_scores[e] + InitialScore(e, length)) * (1 - HtmlDom.LinkDensity(e, length));
        }
        var ranked = _scores.OrderByDescending(kv => kv.Value).Take(5).Select(kv => kv.Key).ToList();
        return Refine(ranked, body);
    }

    /// <summary>
    /// Paragraph-like blocks and the element that receives their points: p/pre/td/headings give to
    /// their parent; a div's own inline text (sites that write paragraphs as div text with &lt;br&gt;)
    /// gives to the div itself, as Readability does after wrapping that text in a &lt;p&gt;.
    /// </summary>
    private static IEnumerable<(IElement Anchor, string Text)> Paragraphs(IElement body)
    {
        foreach (var e in body.QuerySelectorAll("p, pre, td, h2, h3, h4, h5, h6, div, li, blockquote"))
        {
            if (e.ParentElement is null) continue;
            string tag = e.LocalName;
            if (tag is "div" or "li" or "blockquote" or "td")
            {
                // Text split by <br> is several paragraphs (Readability turns <br><br> runs into <p>s).
                var runs = OwnInlineRuns(e);
                var anchor = tag == "div" && (runs.Count > 1 || HtmlDom.HasBlockChild(e)) ? e : e.ParentElement;
                foreach (var run in runs)
                    if (run.Length >= MinParagraphChars) yield return (anchor, run);
                continue;
            }
            string text = HtmlDom.Text(e);
            if (text.Length >= MinParagraphChars) yield return (e.ParentElement, text);
        }
    }

    /// <summary>
    /// The runs of text of the element's direct text nodes and inline children, split at &lt;br&gt;
    /// and at block children (whose own text is scored separately).
    /// </summary>
    internal static List<string> OwnInlineRuns(IElement e)
    {
        var runs = new List<string>();
        var sb = new System.Text.StringBuilder();
        foreach (var node in e.ChildNodes)
        {
            if (node is IText t) { sb.Append(t.Data); continue; }
            if (node is not IElement c) continue;
            if (c.LocalName == "br" || HtmlDom.BlockTags.Contains(c.LocalName)) Flush();
            else sb.Append(' ').Append(c.TextContent).Append(' ');
        }
        Flush();
        return runs;

        void Flush()
        {
            string run = HtmlDom.Collapse(sb.ToString());
            sb.Clear();
            if (run.Length > 0) runs.Add(run);
        }
    }

    /// <summary>
    /// The tag bonus plus the class/id weight. The weight counts fully only for candidates with
    /// some text: otherwise a 100-character teaser named "content" outscores the article.
    /// </summary>
    private static double InitialScore(IElement e, int textLength)
    {
        double score = e.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (e.LocalName == "article") score += 10;
        int weight = ClassHints.Weight(e);
        return score + (weight > 0 ? weight * Math.Min(1.0, textLength / (double)FullWeightChars) : weight);
    }

    /// <summary>
    /// Moves up from the best candidate when that gathers split content: to an ancestor shared by
    /// several of the top candidates, to a parent scoring higher, or past only-children wrappers.
    /// </summary>
    private IElement Refine(List<IElement> ranked, IElement body)
    {
        var top = ranked[0];
        double topScore = _scores[top];
        var rivals = ranked.Skip(1).Where(r => _scores[r] / topScore >= 0.75).ToList();
        if (rivals.Count >= 3)
        {
            for (var p = top.ParentElement; p is not null && p != body; p = p.ParentElement)
            {
                if (rivals.Count(r => p.Contains(r)) >= 3) { top = p; break; }
            }
        }
        double last = ScoreOf(top) ?? topScore;
        for (var p = top.ParentElement; p is not null && p != body && p.LocalName != "html"; p = p.ParentElement)
        {
            if (ScoreOf(p) is not { } s) continue;
            if (s < last / 3) break;
            if (s > last) { top = p; break; }
            last = s;
        }
        while (top.ParentElement is { } parent && parent != body && parent.Children.Length == 1) top = parent;
        return top;
    }
}
