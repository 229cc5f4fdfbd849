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

    // One-character tokens (punctuation, quotation marks, one-letter words) share their forms: about one token in
    // seven, analysed once per process instead of once per token. A race only analyses the same character twice.
    private static readonly TokenForms?[] OneChars = new TokenForms?[ArabicNormalizer.BasicEnd];

    /// <summary>What the tokenizer asks of a character, as flags (Skip: white space or a dropped mark other than tatweel; Word: a word character or tatweel).</summary>
    [Flags]
    private enum CharClass : byte
    {
        None = 0,
        Skip = 1,
        Digit = 2,
        Word = 4,
        Quote = 8,
        Punctuation = 16,
    }

    private static CharClass ClassOf(char c) => c < ArabicNormalizer.BasicEnd ? Classes[c] : ClassOfSlow(c);

    private static bool IsDigit(char c) => (ClassOf(c) & CharClass.Digit) != 0;

    private static CharClass ClassOfSlow(char c) =>
        (char.IsWhiteSpace(c) || (ArabicNormalizer.IsIgnorable(c) && c != '\u0640') ? CharClass.Skip : 0)
        | (char.IsDigit(c) ? CharClass.Digit : 0)
        | (IsWordChar(c) || c == '\u0640' ? CharClass.Word : 0)
        | (IsQuoteMark(c) ? CharClass.Quote : 0)
        | (char.IsPunctuation(c) ? CharClass.Punctuation : 0);

    // ClassOf of the common characters, by table: the tokenizer asks it of every character.
    private static readonly CharClass[] Classes = Enumerable.Range(0, ArabicNormalizer.BasicEnd).Select(c => ClassOfSlow((char)c)).ToArray();

    /// <summary>
    /// A token's kind follows from its first character, so equal surfaces have equal forms.
    /// News repeats its words, so each thread remembers the forms of the tokens it has seen: a word met
    /// again costs one lookup instead of a substring, a normalisation and a clitic analysis, and its tokens
    /// share one <see cref="TokenForms"/> (the same strings, so the same tokens) with its lexicon answers.
    /// Cleared when full, so it stays small. The suffix is always empty: the tokenizer leaves enclitics
    /// on the stem.
    /// </summary>
    [ThreadStatic] private static Dictionary<string, TokenForms>? seen;

    private const int SeenLimit = 16_384;

    private static TokenForms FormsOf(ReadOnlySpan<char> span, TokenKind kind, char first)
    {
        if (span.Length == 1 && first < ArabicNormalizer.BasicEnd)
            return OneChars[first] ??= Analyse(first.ToString(), kind);
        var cache = seen ??= new Dictionary<string, TokenForms>(1024, StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(span, out var known)) return known;
        var forms = Analyse(span.ToString(), kind);
        if (cache.Count >= SeenLimit) cache.Clear();
        cache[forms.Text] = forms;
        return forms;
    }

    private static TokenForms Analyse(string surface, TokenKind kind)
    {
        string norm = ArabicNormalizer.Normalize(surface);
        var (prefix, stem, _) = kind == TokenKind.Word && norm.Length > 0 ? Clitics.Analyse(norm) : ("", norm, "");
        return new TokenForms(surface, norm, stem, prefix, "");
    }

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, List<Token> tokens)
    {
        tokens.EnsureCapacity(tokens.Count + text.Length / 5 + 4);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            var cls = ClassOf(c);
            if ((cls & CharClass.Skip) != 0)
            {
                i++;
                continue;
            }
            int start = i;
            TokenKind kind;
            if ((cls & CharClass.Digit) != 0)
            {
                i++;
                // 1,000.5 and 3.5 and ٣٫٥ stay one number
                while (i < text.Length && (IsDigit(text[i]) || ((text[i] is '.' or ',' or '٫' or '٬') && i + 1 < text.Length && IsDigit(text[i + 1]))))
                    i++;
                kind = TokenKind.Number;
            }
            else if ((cls & CharClass.Word) != 0)
            {
                i++;
                var inWord = char.IsAsciiLetter(c) ? CharClass.Word | CharClass.Digit : CharClass.Word;
                while (i < text.Length && (ClassOf(text[i]) & inWord) != 0)
                    i++;
                kind = TokenKind.Word;
            }
            else if ((cls & CharClass.Quote) != 0)
            {
                i++;
                kind = TokenKind.Quote;
            }
            else
            {
                i++;
                kind = (cls & CharClass.Punctuation) != 0 ? TokenKind.Punctuation : TokenKind.Symbol;
            }
            var forms = FormsOf(text.AsSpan(start, i - start), kind, c);
            if (kind == TokenKind.Word && forms.Norm.Length == 0)
                continue; // a lone tatweel or mark: nothing to match
            tokens.Add(new Token(start, i, forms, kind));
        }
    }
}
