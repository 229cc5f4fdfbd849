using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>A claim's content as tokens and span, with its quote (direct inside marks, or the indirect أن-clause).</summary>
public readonly record struct ContentSpan(int FirstToken, int EndToken, TextSpan Span, TextSpan? Quote, bool Direct);

/// <summary>Finds what a claim says: the clause after its speaker, the quotation inside it, or the أن-clause.</summary>
public static class ClaimContent
{
    /// <summary>إن، أن، بأن، فإن and their pronoun forms (normalised): where what was said begins.</summary>
    internal static readonly HashSet<string> Complementisers = ["ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم", "فان"];

    public static ContentSpan? Find(ClauseContext c, int start, bool beforeCue, Func<Token, bool>? isAddressee = null)
    {
        var tokens = c.Tokens;
        int first = beforeCue ? c.Sentence.FirstToken : start;
        int end = beforeCue ? c.Cue.TokenIndex : c.ClauseEnd;
        while (first < end && IsSkippable(tokens[first])) first++;
        if (!beforeCue && isAddressee is not null) first = ContentAsides.AfterAside(tokens, first, end, isAddressee);
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
    /// «لن نسمح بذلك»، قال الوزير: a quotation that opens the sentence and ends just before the verb (only
    /// punctuation between) is what the verb's speaker said, when nothing is said after the verb.
    /// </summary>
    public static ContentSpan? QuotedBefore(ClauseContext c)
    {
        var tokens = c.Tokens;
        int cueStart = tokens[c.Cue.TokenIndex].Start;
        foreach (var q in c.Document.Quotations)
        {
            if (q.Depth != 0 || q.Inner.IsEmpty || q.Open.Start < c.Sentence.Span.Start || q.Close.End > cueStart) continue;
            int k = c.Cue.TokenIndex - 1;
            while (k >= c.Sentence.FirstToken && tokens[k].Start >= q.Close.End && tokens[k].Kind == TokenKind.Punctuation) k--;
            if (k < c.Sentence.FirstToken || tokens[k].End != q.Close.End) continue;
            int first = c.Sentence.FirstToken;
            while (first <= k && tokens[first].End <= q.Open.Start) first++;
            if (first > k || tokens[first].Start > q.Open.Start) continue; // words before the quotation: not a quote-first sentence
            return new ContentSpan(first, k + 1, q.Outer, q.Inner.Trim(c.Document.Text), true);
        }
        return null;
    }

    private static bool AfterColon(string text, int open, int floor)
    {
        int i = open - 1;
        while (i >= floor && char.IsWhiteSpace(text[i])) i--;
        return i >= floor && text[i] is ':' or '：';
    }

    private static bool IsSkippable(Token t) => t.Kind is TokenKind.Punctuation or TokenKind.Symbol;
}
