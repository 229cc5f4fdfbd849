using Pipeline.Normalise;
using Pipeline.Segment;
using Pipeline.Text;

namespace Pipeline.Quotes;

/// <summary>
/// Turns the pairing pass's findings into ordered <see cref="Quotation"/> records: adds the implicit
/// closes at paragraph ends where they do not cross an explicit pair, and computes nesting depth.
/// </summary>
internal static class QuoteAssembly
{
    public static List<Quotation> Build(
        string text,
        List<(int Open, int Close)> closed,
        List<(int Open, int End)> @implicit,
        List<QuotePairer.OpenMark> unmatched,
        QuoteLimits limits)
    {
        // [Start, End) of every outer span, plus whether the close is a real mark
        var spans = new List<(int Start, int End, bool Marked)>(closed.Count + 4);
        foreach (var (open, close) in closed) spans.Add((open, close + 1, true));

        var candidates = new List<(int Open, int End)>(@implicit);
        foreach (var mark in unmatched)
        {
            if (mark.StartsStatement) candidates.Add((mark.Position, ParagraphEnd(text, mark.Position)));
        }
        candidates.Sort();
        foreach (var (open, end) in candidates)
        {
            if (end - open > limits.MaxChars || !HasContent(text, open + 1, end)) continue;
            if (Crosses(spans, open, end)) continue;
            spans.Add((open, end, false));
        }

        spans.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var quotations = new List<Quotation>(spans.Count);
        var ends = new List<int>(4);
        foreach (var (start, end, marked) in spans)
        {
            while (ends.Count > 0 && ends[^1] <= start) ends.RemoveAt(ends.Count - 1);
            var close = marked ? new TextSpan(end - 1, end) : new TextSpan(end, end);
            quotations.Add(new Quotation(new TextSpan(start, start + 1), close, ends.Count));
            ends.Add(end);
        }
        return quotations;
    }

    /// <summary>True when [open, end) would cross a span already kept, or close where another implicit quote closes.</summary>
    private static bool Crosses(List<(int Start, int End, bool Marked)> spans, int open, int end)
    {
        foreach (var (s, e, marked) in spans)
        {
            if ((s < open && open < e && e < end) || (open < s && s < end && end < e)) return true;
            if (!marked && e == end) return true; // two unclosed statements in one paragraph: keep the first
        }
        return false;
    }

    /// <summary>True when [start, end) holds a character that is not white space.</summary>
    public static bool HasContent(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i])) return true;
        }
        return false;
    }

    /// <summary>The end of the last visible character in [start, end), or start when there is none.</summary>
    public static int TrimEnd(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || (ArabicNormalizer.IsIgnorable(text[end - 1]) && text[end - 1] != '\u0640'))) end--;
        return end;
    }

    /// <summary>The trimmed end of the paragraph holding position <paramref name="i"/>.</summary>
    public static int ParagraphEnd(string text, int i)
    {
        int k = text.AsSpan(i + 1).IndexOfAny(SentenceBreakRules.LineBreakValues);
        int end = k < 0 ? text.Length : i + 1 + k;
        return TrimEnd(text, i + 1, end);
    }
}
