using System.Collections.Frozen;
using Pipeline.Normalise;
using Pipeline.Segment;
using Pipeline.Text;

namespace Pipeline.Lexicons;

/// <summary>How a cue form behaves in the claim grammar.</summary>
public enum CueClass
{
    /// <summary>A finite verb: قال، نفت، يتهم. Its subject follows (VSO) or precedes (SVO).</summary>
    Verb,

    /// <summary>An adverbial participle continuing the clause's speaker: مشيرا، نافيا، متهما.</summary>
    Participle,

    /// <summary>A verbal noun: اتهامات، إدانة، نفي.</summary>
    Noun,

    /// <summary>A source phrase whose complement is the speaker: بحسب، وفقا لـ، نقلا عن.</summary>
    Source,

    /// <summary>A verb that only introduces the speaker of what follows (أصدر X بيانا نفى فيه …): no claim of its own.</summary>
    Issuer,
}

/// <summary>One cue form of models/cues.tsv.</summary>
public sealed record CueEntry(string Form, string Lemma, ClaimType Type, CueClass Class, string[] Requires);

/// <summary>A cue found at a token: the entry and the clitics around the form.</summary>
public sealed record CueMatch(CueEntry Entry, int TokenIndex, string Prefix, string Suffix);

/// <summary>
/// The cue lexicon (models/cues.tsv): surface forms of claim verbs, participles, verbal nouns and
/// source phrases, normalised on load with the same normaliser as the text.
/// </summary>
public sealed class CueLexicon
{
    private readonly FrozenDictionary<string, CueEntry[]> _forms;

    /// <summary>The same table asked with spans, so trying a word's clitic readings allocates nothing.</summary>
    private readonly FrozenDictionary<string, CueEntry[]>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    /// <summary>
    /// Which (first letter, length) pairs some form has: most clitic readings of most words are no cue, and this
    /// table turns them away before the string is hashed. Conservative: letters share slots by their low byte.
    /// </summary>
    private readonly bool[] _shapes = new bool[256 * ShapeLengths];

    private const int ShapeLengths = 32;

    private static int Shape(ReadOnlySpan<char> form) => (form[0] & 0xFF) * ShapeLengths + Math.Min(form.Length, ShapeLengths - 1);

    /// <summary>
    /// The forms' (first letter, last letter, length): a word none of whose possible stems (at most
    /// <see cref="Clitics.LongestPrefix"/> letters off the front, <see cref="Clitics.LongestSuffix"/> off the back)
    /// fits one is no cue, and is turned away before its clitic readings are listed.
    /// </summary>
    private readonly KeyFilter _ends;

    /// <summary>False only when no clitic reading of the word can be a form.</summary>
    internal bool MayBeCue(string norm)
    {
        if (_ends.MayContain("")) return true;
        int length = norm.Length;
        for (int p = 0; p <= Clitics.LongestPrefix && p < length; p++)
        {
            for (int s = 0; s <= Clitics.LongestSuffix && p + s < length; s++)
                if (_ends.MayContain(norm[p], norm[length - 1 - s], length - p - s)) return true;
        }
        return false;
    }

    private CueLexicon(FrozenDictionary<string, CueEntry[]> forms)
    {
        _forms = forms;
        _bySpan = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        _ends = new KeyFilter(forms.Keys);
        foreach (var form in forms.Keys)
            if (form.Length > 0) _shapes[Shape(form)] = true;
    }

    // The clitics a match can carry, as shared strings so that a match allocates only itself.
    private static readonly string[] CommonClitics =
        ["و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "وكال", "فبال", "ه", "ها", "هم", "هما"];

    private static string Shared(ReadOnlySpan<char> clitic)
    {
        if (clitic.IsEmpty) return "";
        foreach (var c in CommonClitics)
            if (clitic.SequenceEqual(c)) return c;
        return clitic.ToString();
    }

    public int Count => _forms.Count;

    public static CueLexicon Load(string path)
    {
        // one form may carry several entries (أعلن: responsibility when مسؤوليته follows, else statement)
        var forms = new Dictionary<string, List<CueEntry>>(StringComparer.Ordinal);
        foreach (var (line, f) in TsvFile.Read(path))
        {
            if (f.Length < 4) throw TsvFile.Error(path, line, "expected form, lemma, type, class");
            if (!ClaimTypes.TryParse(f[2], out var type)) throw TsvFile.Error(path, line, $"unknown claim type '{f[2]}'");
            if (!Enum.TryParse<CueClass>(f[3], true, out var cls)) throw TsvFile.Error(path, line, $"unknown cue class '{f[3]}'");
            var requires = f.Length > 4 && f[4].Length > 0
                ? f[4].Split('|', StringSplitOptions.RemoveEmptyEntries).Select(ArabicNormalizer.Normalize).ToArray()
                : [];
            var norm = ArabicNormalizer.Normalize(f[0]);
            Add(forms, new CueEntry(norm, f[1], type, cls, requires));
            // the plural's final alef drops before an object pronoun: اتهموا + ها = اتهموها
            if (norm.EndsWith("وا", StringComparison.Ordinal)) Add(forms, new CueEntry(norm[..^1], f[1], type, cls, requires));
        }
        if (forms.Count == 0) throw TsvFile.Error(path, 1, "the cue lexicon is empty");
        // entries with a requirement are tried first: they are the more specific reading
        return new CueLexicon(forms.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(e => e.Requires.Length > 0).ToArray(), StringComparer.Ordinal));
    }

    private static void Add(Dictionary<string, List<CueEntry>> forms, CueEntry entry)
    {
        if (!forms.TryGetValue(entry.Form, out var list)) forms[entry.Form] = list = new List<CueEntry>(1);
        if (!list.Any(e => e.Lemma == entry.Lemma && e.Class == entry.Class)) list.Add(entry);
    }

    /// <summary>
    /// The cue at <paramref name="index"/>, if its token is a cue form with clitics the form allows:
    /// verbs and source phrases take only و/ف before them, nouns also prepositions and the article.
    /// </summary>
    public CueMatch? Match(List<Token> tokens, int index)
    {
        var token = tokens[index];
        if (!token.IsWord) return null;
        var norm = token.Norm;
        if (!MayBeCue(norm)) return null;
        Span<Clitics.Split> splits = stackalloc Clitics.Split[Clitics.MaxSplits];
        int count = Clitics.Splits(norm, splits);
        for (int k = 0; k < count; k++)
        {
            var split = splits[k];
            var stem = split.StemOf(norm);
            if (!stem.IsEmpty && !_shapes[Shape(stem)]) continue;
            if (!_bySpan.TryGetValue(stem, out var entries)) continue;
            var prefix = split.PrefixOf(norm);
            var suffix = split.SuffixOf(norm);
            foreach (var entry in entries)
            {
                if (!PrefixAllowed(entry.Class, prefix)) continue;
                if (suffix.Length > 0 && !SuffixAllowed(entry.Class, suffix, stem.Length, token.Text)) continue;
                if (entry.Requires.Length > 0 && !RequirementFollows(tokens, index, entry.Requires)) continue;
                return new CueMatch(entry, index, Shared(prefix), Shared(suffix));
            }
        }
        return null;
    }

    private static bool PrefixAllowed(CueClass cls, ReadOnlySpan<char> prefix) => cls switch
    {
        CueClass.Noun => true,
        CueClass.Source => prefix is "" or "و" or "ف" or "ب" or "وب",
        _ => prefix is "" or "و" or "ف",
    };

    /// <summary>
    /// Only third-person object pronouns follow a cue (نفاه، اتهمها، دعاهم), never on a stem shorter
    /// than three letters, and never a ه that was a ta marbuta before normalising (تابعة is not تابع + ه).
    /// </summary>
    private static bool SuffixAllowed(CueClass cls, ReadOnlySpan<char> suffix, int stemLength, string surface) =>
        cls != CueClass.Source && stemLength >= 3 && suffix is "ه" or "ها" or "هم" or "هما"
        && !(suffix is "ه" && surface.EndsWith('ة'));

    /// <summary>Whether the word is one a cue requires: its stem starts with, or its form contains, one of the stems.</summary>
    public static bool Satisfies(Token t, string[] requires)
    {
        foreach (var r in requires)
        {
            if (t.Stem.StartsWith(r, StringComparison.Ordinal) || t.Norm.Contains(r, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static bool RequirementFollows(List<Token> tokens, int index, string[] requires)
    {
        int seen = 0;
        for (int i = index + 1; i < tokens.Count && seen < 12; i++)
        {
            if (!tokens[i].IsWord) continue;
            seen++;
            if (Satisfies(tokens[i], requires)) return true;
        }
        return false;
    }
}
