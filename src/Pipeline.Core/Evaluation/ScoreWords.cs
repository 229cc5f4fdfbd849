using System.Globalization;
using System.Text;

namespace Pipeline.Evaluation;

/// <summary>
/// The word matching of shared/eval/score.py, ported line for line so that <c>eval claims</c> and the
/// claim model's training labels give exactly the scorer's numbers. Hand-written: it is the scorer's own
/// rule (not a general Arabic analyser), and it deliberately differs from <c>ArabicNormalizer</c>.
/// Lengths are counted in code points, as Python does.
/// </summary>
public static class ScoreWords
{
    private const string StopList = """
        في من الى إلى على عن مع أن ان إن أنه انه التي الذي الذين هذه هذا ذلك تلك
        قد لا لم لن ما و او أو ثم بين حتى كل عدد بعض نفس
        """;

    private static readonly string[] Proclitics = ["وال", "فال", "بال", "كال", "لل", "ال"];

    private static readonly HashSet<string> Stop = BuildStop();

    /// <summary>score.py's <c>norm_word</c>: NFKC, no diacritics or tatweel, folded letters, one proclitic and the article removed.</summary>
    public static string NormWord(string word)
    {
        var nfkc = word.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nfkc.Length);
        foreach (var ch in nfkc)
        {
            if (IsDiacritic(ch)) continue;
            sb.Append(ch switch
            {
                'إ' or 'أ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                'ؤ' => 'و',
                'ئ' => 'ي',
                _ => ch,
            });
        }
        var w = sb.ToString().ToLowerInvariant();
        foreach (var p in Proclitics)
        {
            if (w.StartsWith(p, StringComparison.Ordinal) && Len(w) - Len(p) >= 2) return w[p.Length..];
        }
        if (Len(w) > 3 && "وفبل".Contains(w[0]) && !w.StartsWith("ول", StringComparison.Ordinal))
        {
            var w2 = w[1..];
            if (w2.StartsWith("ال", StringComparison.Ordinal) && Len(w2) - 2 >= 2) return w2[2..];
            return w[0] is 'و' or 'ف' ? w2 : w;
        }
        return w;
    }

    /// <summary>score.py's <c>words</c>: the normalised content words of a text (two letters or more, no stop words).</summary>
    public static List<string> Words(string? text)
    {
        var result = new List<string>();
        if (string.IsNullOrEmpty(text)) return result;
        foreach (var piece in SplitWords(text))
        {
            var n = NormWord(piece);
            if (Len(n) >= 2 && !Stop.Contains(n)) result.Add(n);
        }
        return result;
    }

    /// <summary>score.py's <c>wmatch</c>: equal, or the shorter (≥ 3 letters) starts the longer or ends it after a proclitic of ≤ 2 letters.</summary>
    public static bool WordsMatch(string a, string b)
    {
        if (a == b) return true;
        var (s, l) = Len(a) <= Len(b) ? (a, b) : (b, a);
        return Len(s) >= 3 && (l.StartsWith(s, StringComparison.Ordinal) || (l.EndsWith(s, StringComparison.Ordinal) && Len(l) - Len(s) <= 2));
    }

    /// <summary>score.py's <c>overlap</c>: the fraction of <paramref name="ga"/> found in <paramref name="pa"/>.</summary>
    public static double Overlap(IReadOnlyList<string> ga, IReadOnlyList<string> pa)
    {
        if (ga.Count == 0) return 0.0;
        int found = 0;
        foreach (var g in ga)
        {
            foreach (var p in pa)
            {
                if (WordsMatch(g, p)) { found++; break; }
            }
        }
        return (double)found / ga.Count;
    }

    /// <summary>Python's <c>len</c>: code points, not UTF-16 units.</summary>
    internal static int Len(string s)
    {
        int n = s.Length;
        foreach (var ch in s) if (char.IsLowSurrogate(ch)) n--;
        return n;
    }

    /// <summary>Python's <c>re.split(r"[^\w]+", text)</c> without the empty pieces.</summary>
    private static IEnumerable<string> SplitWords(string text)
    {
        var sb = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune)) sb.Append(rune.ToString());
            else if (sb.Length > 0) { yield return sb.ToString(); sb.Clear(); }
        }
        if (sb.Length > 0) yield return sb.ToString();
    }

    /// <summary>Python's Unicode <c>\w</c>: letters (L*), numbers (Nd, Nl, No) and the underscore.</summary>
    private static bool IsWordRune(Rune r)
    {
        if (r.Value == '_') return true;
        var c = Rune.GetUnicodeCategory(r);
        return c is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    /// <summary>score.py's DIAC class: U+0610–061A, U+064B–065F, U+0670, U+06D6–06ED and tatweel U+0640.</summary>
    private static bool IsDiacritic(char c) =>
        c is (>= '\u0610' and <= '\u061a') or (>= '\u064b' and <= '\u065f') or '\u0670' or (>= '\u06d6' and <= '\u06ed') or '\u0640';

    private static HashSet<string> BuildStop()
    {
        var raw = StopList.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var set = new HashSet<string>(raw, StringComparer.Ordinal);
        foreach (var w in raw) set.Add(NormWord(w));
        return set;
    }
}
