using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>A claim's content as tokens and span, with its quote (direct inside marks, or the indirect أن-clause).</summary>
public readonly record struct ContentSpan(int FirstToken, int EndToken, TextSpan Span, TextSpan? Quote, bool Direct);

/// <summary>Finds what a claim says: the clause after its speaker, the quotation inside it, or the أن-clause.</summary>
public static class ClaimContent
{
    private static readonly HashSet<string> Complementisers = ["ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم", "فان"];

    public static ContentSpan? Find(ClauseContext c, int start, bool beforeCue, Func<Token, bool>? isAddressee = null)
    {
        var tokens = c.Tokens;
        int first = beforeCue ? c.Sentence.FirstToken : start;
        int end = beforeCue ? c.Cue.TokenIndex : c.ClauseEnd;
        while (first < end && IsSkippable(tokens[first])) first++;
        if (!beforeCue && isAddressee is not null) first = AfterAddressee(tokens, first, end, isAddressee);
        while (end > first && IsSkippable(tokens[end - 1])) end--;
        if (first >= end) return null;
        var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
        // the words said are the quotation a colon introduces (قالت على موقع "تويتر": "…"); else the first one
        Quotation? said = null;
        foreach (var q in c.Document.Quotations)
        {
            if (q.Depth != 0 || q.Open.Start < span.Start - 1 || q.Open.Start >= span.End || q.Inner.IsEmpty) continue;
            said ??= q;
            if (AfterColon(c.Document.Text, q.Open.Start, span.Start)) { said = q; break; }
        }
        if (said is { } quote)
        {
            if (quote.Close.End > span.End) span = span with { End = quote.Close.End };
            return new ContentSpan(first, end, span, quote.Inner.Trim(c.Document.Text), true);
        }
        for (int i = first; i < end - 1; i++)
        {
            if (tokens[i].IsWord && Complementisers.Contains(tokens[i].Norm))
            {
                var inner = new TextSpan(tokens[i + 1].Start, span.End);
                return new ContentSpan(first, end, span, inner, false);
            }
        }
        return new ContentSpan(first, end, span, null, false);
    }

    /// <summary>
    /// قال الوزير لوكالة فرانس برس إن …، أكد لقناة الجزيرة أن …: who was told (لـ + a noun, a few words
    /// before إن/أن) is no part of what was said; the content starts at the complementiser.
    /// </summary>
    private static int AfterAddressee(IReadOnlyList<Token> tokens, int first, int end, Func<Token, bool> isAddressee)
    {
        if (first >= end || !isAddressee(tokens[first])) return first;
        for (int k = first + 1; k < end && k <= first + MaxAddresseeWords; k++)
        {
            if (!tokens[k].IsWord) return first;
            if (Complementisers.Contains(tokens[k].Norm)) return k;
        }
        return first;
    }

    private const int MaxAddresseeWords = 6;

    private static bool AfterColon(string text, int open, int floor)
    {
        int i = open - 1;
        while (i >= floor && char.IsWhiteSpace(text[i])) i--;
        return i >= floor && text[i] is ':' or '：';
    }

    private static bool IsSkippable(Token t) => t.Kind is TokenKind.Punctuation or TokenKind.Symbol;
}
