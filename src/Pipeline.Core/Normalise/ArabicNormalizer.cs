using System.Buffers;
using System.Text;

namespace Pipeline.Normalise;

/// <summary>
/// The Arabic matching form, written by hand because no library on this platform folds Arabic
/// orthography the way news matching needs (Lucene's ArabicNormalizer is close but drops offsets).
/// Rules, applied per character of the input:
/// <list type="bullet">
/// <item>removed: harakat U+064B–U+065F, superscript alef U+0670, Quranic marks U+0610–U+061A and
/// U+06D6–U+06ED, tatweel U+0640, zero-width and bidi marks (U+200B–U+200F, U+202A–U+202E,
/// U+2066–U+2069, U+061C, U+FEFF, U+00AD);</item>
/// <item>folded: أ إ آ ٱ → ا; ى → ي; ة → ه; ؤ → و; ئ → ي; Persian ک → ك and ی → ي;
/// Arabic-Indic ٠–٩ and Persian ۰–۹ digits → 0–9; Latin letters to lower case;</item>
/// <item>presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) are decomposed with NFKC first
/// (ﻻ gives لا, so one input character may give two), then folded as above.</item>
/// </list>
/// </summary>
public static class ArabicNormalizer
{
    private const char Alef = '\u0627';
    private const char AlefHamzaAbove = '\u0623';
    private const char AlefHamzaBelow = '\u0625';
    private const char AlefMadda = '\u0622';
    private const char AlefWasla = '\u0671';
    private const char AlefMaqsura = '\u0649';
    private const char Yeh = '\u064A';
    private const char TehMarbuta = '\u0629';
    private const char Heh = '\u0647';
    private const char WawHamza = '\u0624';
    private const char Waw = '\u0648';
    private const char YehHamza = '\u0626';
    private const char Tatweel = '\u0640';
    private const char FarsiYeh = '\u06CC';
    private const char Keheh = '\u06A9';
    private const char Kaf = '\u0643';

    /// <summary>True for characters the matching form drops entirely.</summary>
    public static bool IsIgnorable(char c) =>
        (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u0610' && c <= '\u061A')
        || (c >= '\u06D6' && c <= '\u06ED') || c == Tatweel
        || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069') || c == '\u061C' || c == '\uFEFF' || c == '\u00AD';

    /// <summary>True for Arabic presentation forms, which are decomposed before folding.</summary>
    public static bool IsPresentationForm(char c) => (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');

    /// <summary>Folds one (non-ignorable, non-presentation) character to its matching form.</summary>
    public static char Fold(char c) => c switch
    {
        AlefHamzaAbove or AlefHamzaBelow or AlefMadda or AlefWasla => Alef,
        AlefMaqsura or FarsiYeh or YehHamza => Yeh,
        TehMarbuta => Heh,
        WawHamza => Waw,
        Keheh => Kaf,
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        >= 'A' and <= 'Z' => (char)(c + 32),
        _ => c,
    };

    /// <summary>Marks a dropped character in <see cref="BasicTable"/> (U+FFFF is not a character, and lies outside the table).</summary>
    private const char Drop = '\uFFFF';

    /// <summary>The end of the characters <see cref="BasicTable"/> covers: Latin, Greek, Cyrillic, Hebrew and Arabic (not its presentation forms).</summary>
    public const char BasicEnd = '\u0700';

    /// <summary><see cref="Fold"/> (or <see cref="Drop"/> when <see cref="IsIgnorable"/>) of every character below <see cref="BasicEnd"/>: one lookup per character on the hot path.</summary>
    private static readonly char[] BasicTable = BuildBasicTable();

    private static char[] BuildBasicTable()
    {
        var table = new char[BasicEnd];
        for (int c = 0; c < BasicEnd; c++) table[c] = IsIgnorable((char)c) ? Drop : Fold((char)c);
        return table;
    }

    /// <summary>
    /// The matching form of a character below <see cref="BasicEnd"/> (never a presentation form):
    /// false when it is dropped. The same as <see cref="Append"/>, by table.
    /// </summary>
    public static bool TryFoldBasic(char c, out char folded)
    {
        folded = BasicTable[c];
        return folded != Drop;
    }

    /// <summary>
    /// Appends the matching form of <paramref name="c"/> to <paramref name="sb"/>; returns how many
    /// characters it appended (0 when the character is dropped).
    /// </summary>
    public static int Append(char c, StringBuilder sb)
    {
        if (IsIgnorable(c)) return 0;
        if (!IsPresentationForm(c))
        {
            sb.Append(Fold(c));
            return 1;
        }
        int n = 0;
        foreach (char d in c.ToString().Normalize(NormalizationForm.FormKC))
        {
            if (IsIgnorable(d) || d == ' ') continue;
            sb.Append(Fold(d));
            n++;
        }
        return n;
    }

    /// <summary>The matching form of a whole string (lexicon entries, tokens, gazetteer names).</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        if (!NeedsWork(text)) return text.ToString();
        return Fold(text);
    }

    /// <summary>As <see cref="Normalize(ReadOnlySpan{char})"/>; a string already in matching form is returned as it is, not copied.</summary>
    public static string Normalize(string text) => NeedsWork(text) ? Fold(text.AsSpan()) : text;

    /// <summary>Folds a text that needs work: one pass into a buffer, or through NFKC when it holds presentation forms.</summary>
    private static string Fold(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAnyInRange('\uFB50', '\uFEFE') < 0)
        {
            // no presentation form: never longer than the input
            char[]? rented = text.Length > 256 ? ArrayPool<char>.Shared.Rent(text.Length) : null;
            Span<char> buffer = rented ?? stackalloc char[256];
            int n = 0;
            foreach (char c in text)
            {
                if (c < BasicEnd)
                {
                    if (TryFoldBasic(c, out char f)) buffer[n++] = f;
                }
                else if (!IsIgnorable(c))
                {
                    buffer[n++] = Fold(c);
                }
            }
            var folded = new string(buffer[..n]);
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
            return folded;
        }
        var sb = new StringBuilder(text.Length);
        foreach (char c in text) Append(c, sb);
        return sb.ToString();
    }

    private static readonly SearchValues<char> Changing = SearchValues.Create(BuildChanging());

    private static string BuildChanging()
    {
        var sb = new StringBuilder();
        for (int c = 0; c < 0x10000; c++)
        {
            char ch = (char)c;
            if (char.IsSurrogate(ch)) continue;
            if (IsIgnorable(ch) || IsPresentationForm(ch) || Fold(ch) != ch) sb.Append(ch);
        }
        return sb.ToString();
    }

    private static bool NeedsWork(ReadOnlySpan<char> text) => text.IndexOfAny(Changing) >= 0;
}
