using System.Collections.Frozen;
using Pipeline.Lexicons;
using Pipeline.Normalise;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// Re-types a claim made with a plain speech verb from what its content says (models/content-cues.tsv):
/// "قال: لا صحة لما تردد" is a denial, "أضاف: … افتراءات" an accusation.
/// </summary>
public sealed class ContentTyper
{
    private readonly (string[] Words, ClaimType Type, int Window, bool Indefinite)[] _phrases;

    // Indexes over _phrases (performance only: TypeOf gives what trying every phrase at every word gave).
    // A phrase can start at a word only if its first word is the word's form, stem or form without و/ف,
    // or, for a one-word phrase of 4+ letters, a beginning of the word's form.
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byWordStart;
    private readonly int[] _wordStartLengths;
    private readonly int _emptyPhrase; // a phrase with no words matches any content with a word

    private ContentTyper((string[], ClaimType, int, bool)[] phrases)
    {
        _phrases = phrases;
        var indexes = Enumerable.Range(0, phrases.Length).Where(p => _phrases[p].Words.Length > 0).ToArray();
        _byFirstWord = indexes.GroupBy(p => _phrases[p].Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var starts = indexes.Where(p => _phrases[p].Words.Length == 1 && _phrases[p].Words[0].Length >= 4).ToArray();
        _byWordStart = starts.GroupBy(p => _phrases[p].Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _wordStartLengths = starts.Select(p => _phrases[p].Words[0].Length).Distinct().Order().ToArray();
        _emptyPhrase = Array.FindIndex(phrases, p => p.Item1.Length == 0) is var e and >= 0 ? e : int.MaxValue;
    }

    public static ContentTyper Load(string path)
    {
        var list = new List<(string[], ClaimType, int, bool)>();
        foreach (var (line, f) in TsvFile.Read(path))
        {
            if (f.Length < 3 || !ClaimTypes.TryParse(f[1], out var type) || !int.TryParse(f[2], out var window))
                throw TsvFile.Error(path, line, "expected phrase, type, window[, indefinite]");
            bool indefinite = f.Length > 3 && f[3].Trim() == "indefinite";
            list.Add((ArabicNormalizer.Normalize(f[0]).Split(' ', StringSplitOptions.RemoveEmptyEntries), type, window, indefinite));
        }
        return new ContentTyper(list.ToArray());
    }

    /// <summary>
    /// The type the content's words call for, or null when they say nothing special: the type of the
    /// first phrase of the file that starts at a word of the content within the phrase's window.
    /// </summary>
    public ClaimType? TypeOf(List<Token> tokens, int first, int end)
    {
        int best = int.MaxValue;
        int word = 0;
        for (int i = first; i < end; i++)
        {
            var t = tokens[i];
            if (!t.IsWord) continue;
            var norm = t.Norm.AsSpan();
            Consider(_byFirstWord, norm, tokens, i, end, word, ref best);
            Consider(_byFirstWord, t.Stem, tokens, i, end, word, ref best);
            if (t.HasConjunction) Consider(_byFirstWord, norm[1..], tokens, i, end, word, ref best);
            foreach (int length in _wordStartLengths)
            {
                if (length > norm.Length) break;
                if (length == norm.Length || Endings.Contains(norm[length..])) Consider(_byWordStart, norm[..length], tokens, i, end, word, ref best);
            }
            word++;
        }
        if (word > 0) best = Math.Min(best, _emptyPhrase);
        return best == int.MaxValue ? null : _phrases[best].Type;
    }

    private void Consider(FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> index, ReadOnlySpan<char> key, List<Token> tokens, int i, int end, int word, ref int best)
    {
        if (!index.TryGetValue(key, out var candidates)) return;
        foreach (int p in candidates)
        {
            if (p >= best) break; // candidates are in file order
            var (words, _, window, indefinite) = _phrases[p];
            // "indefinite": the word names a wrongdoer only as a predicate (مجرمين), not with ال (تحديد المجرمين)
            if ((window <= 0 || word < window) && !(indefinite && tokens[i].HasArticle) && !(_phrases[p].Type == ClaimType.Accusation && AfterCombating(tokens, i))
                && StartsAt(tokens, i, end, words)) best = p;
        }
    }

    /// <summary>
    /// مكافحة الفساد، محاربة الإرهاب، مواجهة الجرائم: a wrong named as what is being fought accuses nobody
    /// (الحكومة ستواصل جهودها لمكافحة الفساد).
    /// </summary>
    private static bool AfterCombating(List<Token> tokens, int i)
    {
        if (i == 0 || !tokens[i - 1].IsWord) return false;
        // every clitic reading of the word, as the lexicons try them (لمكافحة: ل + مكافحة)
        var norm = tokens[i - 1].Norm.AsSpan();
        Span<Range> keys = stackalloc Range[Segment.Clitics.MaxSplits + 1];
        int count = Mentions.ActorGazetteer.TokenKeyRanges(norm, keys);
        for (int k = 0; k < count; k++)
            if (CombatNouns.Contains(norm[keys[k]])) return true;
        return false;
    }

    // normalised stems (ة→ه)
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CombatNouns =
        new[] { "مكافحه", "محاربه", "مواجهه", "تصدي", "مكافحتها", "محاربتها", "مكافحته", "محاربته" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The word is the phrase's word with an ending: a pronoun (ينفيه، مفبركة) or an inflection (افتراءات)
    /// — not any longer word that begins the same (تنفيذ is not تنفي).
    /// </summary>
    private static bool StartsWithInflected(string norm, string word) =>
        norm.StartsWith(word, StringComparison.Ordinal) && (norm.Length == word.Length || Endings.Contains(norm.AsSpan(word.Length)));

    // normalised (ة→ه): pronoun suffixes and the endings of number, gender and case
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Endings =
        new[] { "ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي", "ا", "ان", "ين", "ون", "ات", "وا", "تها", "ته", "تهم", "اه", "يه", "يها", "يهم" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool StartsAt(List<Token> tokens, int i, int end, string[] words)
    {
        int k = 0;
        for (int j = i; j < end && k < words.Length; j++)
        {
            if (!tokens[j].IsWord) continue;
            var t = tokens[j];
            bool last = k == words.Length - 1;
            bool ok = t.Norm == words[k] || t.Stem == words[k] || (k == 0 && t.HasConjunction && t.Norm.AsSpan(1).SequenceEqual(words[k]))
                || (last && words[k].Length >= 4 && StartsWithInflected(t.Norm, words[k]));
            if (!ok) return false;
            k++;
        }
        return k == words.Length;
    }
}
