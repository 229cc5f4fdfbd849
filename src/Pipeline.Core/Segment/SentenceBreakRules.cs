using System.Buffers;
using Pipeline.Text;

namespace Pipeline.Segment;

/// <summary>
/// The character-level rules the sentence segmenter asks about a full stop and its neighbours.
/// Hand-written: the abbreviation habits of Arabic news (د. أ. م. ص.ب ق.م, 2020م.) are not in any
/// sentence-splitting library available here.
/// </summary>
internal static class SentenceBreakRules
{
    /// <summary>Characters that end a line: a paragraph break in extracted article text.</summary>
    public const string LineBreaks = "\n\r\u000B\u000C\u0085\u2028\u2029";

    public static readonly SearchValues<char> LineBreakValues = SearchValues.Create(LineBreaks);

    private static readonly HashSet<string> LatinAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "vs", "Gen", "Col", "Lt", "Gov", "Sen", "Rep", "Capt", "Mt",
    };

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u000B' or '\u000C' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>
    /// Sentence-ending punctuation: . ! ? ؟ … and the Arabic full stop ۔ (with ‼ ⁇ ⁈ ⁉). The Arabic
    /// semicolon ؛ is not one: news writers use it to chain the clauses of one reported statement
    /// (قال ...؛ مشيراً إلى ...), and the claim grammar needs the speaker and the continuation together.
    /// </summary>
    public static bool IsTerminator(Token token) =>
        token.Kind == TokenKind.Punctuation && token.Text.Length == 1
        && token.Text[0] is '.' or '!' or '?' or '\u061F' or '\u2026' or '\u06D4' or '\u203C' or '\u2047' or '\u2048' or '\u2049';

    /// <summary>True when the gap [start, end) between two tokens holds a line break.</summary>
    public static bool HasLineBreak(string text, int start, int end) =>
        end > start && text.AsSpan(start, end - start).IndexOfAny(LineBreakValues) >= 0;

    /// <summary>
    /// True when the full stop at <paramref name="dot"/> ends an abbreviation: a one-letter word (د. أ.
    /// م. U.S.) other than the era marks م / هـ after a year (2020م.), or a Latin title (Dr. Mr.).
    /// </summary>
    public static bool IsAbbreviation(List<Token> tokens, int dot)
    {
        if (dot == 0) return false;
        var word = tokens[dot - 1];
        if (word.Kind != TokenKind.Word || word.End != tokens[dot].Start) return false;
        if (word.Norm.Length == 1)
        {
            bool era = (word.Norm[0] is 'م' or 'ه') && dot >= 2 && tokens[dot - 2].Kind == TokenKind.Number;
            return !era;
        }
        return LatinAbbreviations.Contains(word.Text);
    }

    /// <summary>True when the full stop follows a number that starts its line: a list marker (1. ٢.).</summary>
    public static bool IsListMarker(string text, List<Token> tokens, int dot)
    {
        if (dot == 0) return false;
        var number = tokens[dot - 1];
        if (number.Kind != TokenKind.Number || number.End != tokens[dot].Start) return false;
        return dot == 1 || HasLineBreak(text, tokens[dot - 2].End, number.Start);
    }

    /// <summary>
    /// True when the punctuation run [start, end) sits inside a Latin word, number, web address or
    /// e-mail address (example.com, U.S, www.site.org/a?b=1, info@site.com) rather than ending a sentence.
    /// </summary>
    public static bool IsInsideAddress(string text, int start, int end)
    {
        if (start == 0 || end >= text.Length) return false;
        char before = text[start - 1], after = text[end];
        if (char.IsWhiteSpace(before) || char.IsWhiteSpace(after)) return false;
        if (char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after)) return true;
        int from = start, to = end;
        while (from > 0 && start - from < 200 && !char.IsWhiteSpace(text[from - 1])) from--;
        while (to < text.Length && to - end < 200 && !char.IsWhiteSpace(text[to])) to++;
        var chunk = text.AsSpan(from, to - from);
        return chunk.Contains("://", StringComparison.Ordinal)
            || chunk.Contains("www.", StringComparison.OrdinalIgnoreCase)
            || (chunk.Contains('@') && char.IsAsciiLetterOrDigit(after));
    }
}
