using Pipeline.Normalise;
using Pipeline.Text;

namespace Pipeline.Segment;

/// <summary>
/// Splits article text into word, number, punctuation and quotation-mark tokens with offsets, and
/// gives each word its normalised form and its most likely clitic analysis (<see cref="Clitics"/>).
/// Hand-written: Arabic clitics and the quotation styles of Arabic news are not what general
/// tokenizers handle.
/// </summary>
public static class Tokenizer
{
    /// <summary>Quotation marks of every style seen in Arabic news.</summary>
    public const string QuoteMarks = "\"“”«»″„‘’‹›＂‟‛'`";

    public static bool IsQuoteMark(char c) => QuoteMarks.Contains(c);

    /// <summary>Letters, combining marks and joiners that belong inside a word.</summary>
    public static bool IsWordChar(char c) => c < ArabicNormalizer.BasicEnd ? WordChars[c] : IsWordCharSlow(c);

    private static bool IsWordCharSlow(char c) =>
        char.IsLetter(c) || ArabicNormalizer.IsIgnorable(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    // IsWordChar of the common characters, by table: the tokenizer asks it of every character.
    private static readonly bool[] WordChars = Enumerable.Range(0, ArabicNormalizer.BasicEnd).Select(c => IsWordCharSlow((char)c)).ToArray();

    // One-character tokens (punctuation, quotation marks, one-letter words) share their string: about one token in
    // seven, allocated once per process instead of once per token. A race only makes the same string twice.
    private static readonly string?[] OneChars = new string?[ArabicNormalizer.BasicEnd];

    private static string OneChar(char c) => OneChars[c] ??= c.ToString();

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || (ArabicNormalizer.IsIgnorable(c) && c != '\u0640'))
            {
                i++;
                continue;
            }
            int start = i;
            TokenKind kind;
            if (char.IsDigit(c))
            {
                i++;
                // 1,000.5 and 3.5 and ٣٫٥ stay one number
                while (i < text.Length && (char.IsDigit(text[i]) || ((text[i] is '.' or ',' or '٫' or '٬') && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                    i++;
                kind = TokenKind.Number;
            }
            else if (IsWordChar(c) || c == '\u0640')
            {
                i++;
                while (i < text.Length && (IsWordChar(text[i]) || text[i] == '\u0640' || char.IsDigit(text[i]) && char.IsAsciiLetter(c)))
                    i++;
                kind = TokenKind.Word;
            }
            else if (IsQuoteMark(c))
            {
                i++;
                kind = TokenKind.Quote;
            }
            else
            {
                i++;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }
            string surface = i - start == 1 && c < ArabicNormalizer.BasicEnd ? OneChar(c) : text.Substring(start, i - start);
            string norm = ArabicNormalizer.Normalize(surface);
            if (kind == TokenKind.Word && norm.Length == 0)
                continue; // a lone tatweel or mark: nothing to match
            var (prefix, stem, suffix) = kind == TokenKind.Word ? Clitics.Analyse(norm) : ("", norm, "");
            tokens.Add(new Token(start, i, surface, norm, stem, prefix, suffix, kind));
        }
        return tokens;
    }
}
