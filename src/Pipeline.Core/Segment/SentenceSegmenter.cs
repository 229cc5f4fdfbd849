using Pipeline.Text;

namespace Pipeline.Segment;

/// <summary>
/// Splits an article's tokens into sentences. Hand-written for Arabic news (general splitters do not
/// know its abbreviations, its missing spaces after full stops, or its quoting). Rules:
/// <list type="bullet">
/// <item>A sentence ends after a run of . ! ? ؟ … ۔ (see <see cref="SentenceBreakRules.IsTerminator"/>;
/// not at the semicolon ؛, which chains the clauses of one statement), taking with it the closing
/// brackets and stray marks glued to the run. A run that opens a sentence does not end it.</item>
/// <item>A full stop does not end a sentence after an abbreviation (د. أ. U.S. Dr.), after a list
/// number at a line start (1.), or inside a web or e-mail address; decimals (3.5, ٣٫٥) are single
/// number tokens already.</item>
/// <item>A paragraph (line) break always ends a sentence, except inside a quotation.</item>
/// <item>Nothing inside a quotation ends a sentence: the sentence runs on past the closing mark to
/// the next terminator. One exception: when the terminator is the last thing inside the outermost
/// quotation and a new word follows its closing mark (رسمي." وكانت), the sentence ends after the mark.</item>
/// </list>
/// Sentences partition the tokens: every token belongs to exactly one sentence, and each sentence's
/// span runs from its first token's start to its last token's end (so it is trimmed).
/// </summary>
public static class SentenceSegmenter
{
    public static List<Sentence> Segment(string text, List<Token> tokens, IReadOnlyList<Quotation> quotations)
    {
        var sentences = new List<Sentence>();
        if (tokens.Count == 0) return sentences;
        var quoted = new QuotedRanges(quotations);
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i > first && SentenceBreakRules.HasLineBreak(text, tokens[i - 1].End, tokens[i].Start) && !quoted.Contains(tokens[i - 1].End))
            {
                sentences.Add(Make(tokens, first, i));
                first = i;
            }
            if (!SentenceBreakRules.IsTerminator(tokens[i])) continue;
            int runStart = i;
            while (i + 1 < tokens.Count && SentenceBreakRules.IsTerminator(tokens[i + 1]) && tokens[i + 1].Start == tokens[i].End) i++;
            if (runStart == first) continue;
            int last = LastTokenOfSentence(text, tokens, quoted, runStart, i);
            if (last < 0) continue;
            sentences.Add(Make(tokens, first, last + 1));
            first = last + 1;
            i = last;
        }
        if (first < tokens.Count) sentences.Add(Make(tokens, first, tokens.Count));
        return sentences;
    }

    /// <summary>The last token of a sentence ended by the terminators [runStart, runEnd], or -1 when they end none.</summary>
    private static int LastTokenOfSentence(string text, List<Token> tokens, QuotedRanges quoted, int runStart, int runEnd)
    {
        if (quoted.TryFind(tokens[runStart].Start, out var range))
            return AfterClosingMark(tokens, quoted, range, runEnd);
        if (runStart == runEnd && tokens[runStart].Text[0] == '.'
            && (SentenceBreakRules.IsAbbreviation(tokens, runStart) || SentenceBreakRules.IsListMarker(text, tokens, runStart)))
            return -1;
        if (SentenceBreakRules.IsInsideAddress(text, tokens[runStart].Start, tokens[runEnd].End)) return -1;
        return Absorb(text, tokens, quoted, runEnd);
    }

    /// <summary>
    /// For terminators inside a quotation: the closing mark when only terminators, marks and brackets
    /// stand between them and it and a new word follows it; otherwise -1 (the sentence goes on).
    /// </summary>
    private static int AfterClosingMark(List<Token> tokens, QuotedRanges quoted, TextSpan range, int runEnd)
    {
        int k = runEnd + 1;
        while (k < tokens.Count && tokens[k].Start < range.End)
        {
            var t = tokens[k];
            if (!SentenceBreakRules.IsTerminator(t) && t.Kind != TokenKind.Quote && !IsClosingBracket(t)) return -1;
            k++;
        }
        if (k >= tokens.Count || tokens[k].Start != range.End || tokens[k].Kind != TokenKind.Quote) return -1;
        if (k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Punctuation && !IsClosingBracket(tokens[k + 1])) return -1;
        return k;
    }

    /// <summary>Extends a sentence end over the closing brackets and stray closing marks glued to it ("...).</summary>
    private static int Absorb(string text, List<Token> tokens, QuotedRanges quoted, int last)
    {
        while (last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End)
        {
            var t = tokens[last + 1];
            bool closes = IsClosingBracket(t)
                || (t.Kind == TokenKind.Quote && !quoted.IsOpening(t.Start) && (t.End >= text.Length || !char.IsLetterOrDigit(text[t.End])));
            if (!closes) break;
            last++;
        }
        return last;
    }

    private static bool IsClosingBracket(Token t) => t.Kind == TokenKind.Punctuation && t.Text is ")" or "]" or "}";

    private static Sentence Make(List<Token> tokens, int first, int end) =>
        new(tokens[first].Start, tokens[end - 1].End, first, end);
}
