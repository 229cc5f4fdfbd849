using Pipeline.Normalise;
using Pipeline.Segment;

namespace Pipeline.Quotes;

/// <summary>Whether a mark opens or closes a quotation, or could do either (then the open quotes decide).</summary>
internal enum Direction : byte
{
    Open,
    Close,
    Either,
}

/// <summary>
/// Decides from the neighbouring characters whether a quotation mark opens or closes, because Arabic
/// news uses ” “ " ″ » in both roles. Hand-written rules (no library knows Arabic quoting):
/// <list type="bullet">
/// <item>opens: preceded by start, white space, ( [ {, a colon, a dash, a tatweel (بـ”حماية”) or a
/// one-letter proclitic و ف ب ل ك (ل«المصري»), and followed by a letter, digit or other word start;</item>
/// <item>closes: preceded by a letter, digit or punctuation, and followed by white space, end,
/// punctuation or a closing bracket;</item>
/// <item>after a colon it opens even when a space follows (بيان :» ان ...); a mark standing alone
/// between spaces opens at a line start or after a colon and closes before a line end or punctuation;</item>
/// <item>otherwise the glyph's lean decides (« “ open, » ” close), and " ″ ' are left to the pairer.</item>
/// </list>
/// Other quotation marks, diacritics and bidi controls next to a mark are looked through («“نص”»).
/// </summary>
internal static class QuoteContext
{
    private const char Tatweel = '\u0640';
    private const char Colon = ':';

    public static Direction Classify(string text, int i, GlyphLean lean)
    {
        int p = Previous(text, i);
        int n = Next(text, i);
        bool pBlank = p < 0 || char.IsWhiteSpace(text[p]);
        bool nBlank = n >= text.Length || char.IsWhiteSpace(text[n]);
        if (pBlank && nBlank)
            return Detached(text, i);
        char pc = pBlank ? ' ' : text[p];
        char nc = nBlank ? ' ' : text[n];
        bool pOpens = pBlank || IsOpenBracket(pc) || pc == Colon || pc == Tatweel || IsDash(pc) || IsProclitic(text, p);
        bool nWord = !nBlank && !IsClosingPunctuation(nc) && !IsCloseBracket(nc);
        if (pOpens && nWord) return Direction.Open;
        bool nCloses = nBlank || IsClosingPunctuation(nc) || IsCloseBracket(nc) || IsDash(nc);
        if (!pOpens && nCloses) return Direction.Close;
        if (pc == Colon) return Direction.Open;
        return lean switch
        {
            GlyphLean.Open => Direction.Open,
            GlyphLean.Close => Direction.Close,
            _ => Direction.Either,
        };
    }

    /// <summary>True for a single mark inside a Latin word (don't, O'Brien): an apostrophe, not a quote.</summary>
    public static bool IsApostrophe(string text, int i)
    {
        if (i == 0 || i + 1 >= text.Length) return false;
        char a = text[i - 1], b = text[i + 1];
        return (IsLatinLetter(a) && char.IsLetter(b)) || (char.IsLetter(a) && IsLatinLetter(b));
    }

    /// <summary>True when only white space (not a line break) or bidi marks stand between the line start and <paramref name="i"/>.</summary>
    public static bool IsLineStart(string text, int i)
    {
        int j = i - 1;
        while (j >= 0 && !SentenceBreakRules.IsLineBreak(text[j]) && (char.IsWhiteSpace(text[j]) || IsTransparentControl(text[j]))) j--;
        return j < 0 || SentenceBreakRules.IsLineBreak(text[j]);
    }

    /// <summary>True when the mark follows a colon on its line (وقال: «...): it starts a reported statement.</summary>
    public static bool FollowsColon(string text, int i)
    {
        int j = i - 1;
        while (j >= 0 && !SentenceBreakRules.IsLineBreak(text[j]) && (char.IsWhiteSpace(text[j]) || IsTransparentControl(text[j]))) j--;
        return j >= 0 && text[j] == Colon;
    }

    private static Direction Detached(string text, int i)
    {
        if (IsLineStart(text, i) || FollowsColon(text, i)) return Direction.Open;
        int j = i + 1;
        while (j < text.Length && !SentenceBreakRules.IsLineBreak(text[j]) && char.IsWhiteSpace(text[j])) j++;
        if (j >= text.Length || SentenceBreakRules.IsLineBreak(text[j]) || IsClosingPunctuation(text[j])) return Direction.Close;
        return Direction.Either;
    }

    private static int Previous(string text, int i)
    {
        int j = i - 1;
        while (j >= 0 && (QuoteMarks.IsMark(text[j]) || IsTransparentControl(text[j]))) j--;
        return j;
    }

    private static int Next(string text, int i)
    {
        int j = i + 1;
        while (j < text.Length && (QuoteMarks.IsMark(text[j]) || IsTransparentControl(text[j]))) j++;
        return j;
    }

    /// <summary>Diacritics, zero-width and bidi marks: invisible next to a mark. The tatweel is not one of them here.</summary>
    private static bool IsTransparentControl(char c) => c != Tatweel && ArabicNormalizer.IsIgnorable(c);

    /// <summary>A one-letter word و ف ب ل ك glued to the mark: a proclitic on the quoted word.</summary>
    private static bool IsProclitic(string text, int p)
    {
        if (p < 0 || text[p] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك')) return false;
        int q = p - 1;
        while (q >= 0 && IsTransparentControl(text[q])) q--;
        return q < 0 || char.IsWhiteSpace(text[q]) || IsOpenBracket(text[q]) || text[q] == Colon;
    }

    private static bool IsLatinLetter(char c) => c < '\u0250' && char.IsLetter(c);

    private static bool IsOpenBracket(char c) => c is '(' or '[' or '{' or '<';

    private static bool IsCloseBracket(char c) => c is ')' or ']' or '}' or '>';

    private static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014';

    /// <summary>Punctuation that follows a closing mark: . , ، ؛ ; : ! ? ؟ … ۔</summary>
    private static bool IsClosingPunctuation(char c) =>
        c is '.' or ',' or '\u060C' or '\u061B' or ';' or ':' or '!' or '?' or '\u061F' or '\u2026' or '\u06D4';
}
