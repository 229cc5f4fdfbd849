namespace Pipeline.Segment;

/// <summary>
/// Clitic analysis of a normalised Arabic word. Proclitics: the conjunctions و ف, the prepositions
/// ب ل ك, the definite article ال (ل + ال is written لل). Enclitics: the object and possessive
/// pronouns ه ها هم هما هن ك كم كما ي نا. Segmentation is ambiguous without a dictionary (وزير is not
/// و + زير), so <see cref="Analyse"/> keeps a word whole unless a strip leaves a plausible stem, and
/// <see cref="Candidates"/> lists every reading for lexicon lookups to try.
/// </summary>
public static class Clitics
{
    private static readonly string[] ArticlePrefixes = ["وبال", "وكال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال"];
    private static readonly string[] PronounSuffixes = ["هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه", "ك", "ي"];

    /// <summary>The most letters a reading takes off the front of a word (an article prefix, or two one-letter proclitics).</summary>
    public static readonly int LongestPrefix = Math.Max(2, ArticlePrefixes.Max(p => p.Length));

    /// <summary>The most letters a reading takes off the end of a word (a pronoun).</summary>
    public static readonly int LongestSuffix = PronounSuffixes.Max(p => p.Length);

    /// <summary>The proclitics and pronouns a reading can take off, for tests of the lookups' shortcuts.</summary>
    internal static IReadOnlyList<string> AllPrefixes => [.. ArticlePrefixes, "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "وس", "فب", "فل", "فك", "فس"];

    internal static IReadOnlyList<string> AllSuffixes => PronounSuffixes;

    // First letters of the article prefixes and last letters of the pronouns: most words have neither,
    // so the lists are only walked for words that can match (the lookups try every word several times).
    private static readonly bool[] ArticleStarts = ArabicLetterTable(ArticlePrefixes.Select(p => p[0]));
    private static readonly bool[] PronounEnds = ArabicLetterTable(PronounSuffixes.Select(p => p[^1]));

    private static bool[] ArabicLetterTable(IEnumerable<char> letters)
    {
        var table = new bool[256];
        foreach (char c in letters) table[c - '\u0600'] = true;
        return table;
    }

    private static bool In(bool[] table, char c) => (uint)(c - '\u0600') < 256u && table[c - '\u0600'];

    // the one-letter proclitics, as shared strings so that analysing a word does not allocate them
    private const string Wa = "و";
    private const string Fa = "ف";

    /// <summary>The most likely (prefix, stem, suffix) of a normalised word; the suffix is never stripped here.</summary>
    public static (string Prefix, string Stem, string Suffix) Analyse(string norm)
    {
        if (norm.Length > 0 && In(ArticleStarts, norm[0]))
        {
            foreach (var p in ArticlePrefixes)
            {
                if (p[0] == norm[0] && norm.Length - p.Length >= 2 && norm.StartsWith(p, StringComparison.Ordinal))
                    return (p, norm[p.Length..], "");
            }
        }
        if (norm.Length >= 5 && (norm[0] == 'و' || norm[0] == 'ف'))
            return (norm[0] == 'و' ? Wa : Fa, norm[1..], "");
        return ("", norm, "");
    }

    /// <summary>
    /// Every plausible (prefix, stem, suffix) reading of a normalised word, the whole word first; used
    /// by lexicon lookups that must find اتهمها, وأضاف, فنفت, ولاتهامات in a list of bare forms.
    /// Hot lookups use <see cref="Splits"/>, which gives the same readings without allocating.
    /// </summary>
    public static IEnumerable<(string Prefix, string Stem, string Suffix)> Candidates(string norm)
    {
        Span<Split> buffer = stackalloc Split[MaxSplits];
        var splits = buffer[..Splits(norm, buffer)].ToArray();
        return splits.Select(x => (norm[..x.Prefix], norm[x.Prefix..^x.Suffix], norm[^x.Suffix..]));
    }

    /// <summary>One reading of a word: how many leading characters are proclitics and how many trailing ones a pronoun.</summary>
    public readonly record struct Split(int Prefix, int Suffix)
    {
        public ReadOnlySpan<char> PrefixOf(string norm) => norm.AsSpan(0, Prefix);

        public ReadOnlySpan<char> StemOf(string norm) => norm.AsSpan(Prefix, norm.Length - Prefix - Suffix);

        public ReadOnlySpan<char> SuffixOf(string norm) => norm.AsSpan(norm.Length - Suffix);
    }

    /// <summary>
    /// Room enough for every reading: at most one article prefix, one or two conjunction/preposition
    /// prefixes and the bare word (4 prefixes), each bare and with at most one pronoun (the pronouns
    /// differ in their last two letters), plus the whole word: 9. <see cref="Splits"/> fails loudly if
    /// a change to the lists ever exceeds it.
    /// </summary>
    public const int MaxSplits = 16;

    /// <summary>
    /// Writes the readings of <paramref name="norm"/> into <paramref name="into"/> in the order of
    /// <see cref="Candidates"/> and returns how many there are.
    /// </summary>
    public static int Splits(ReadOnlySpan<char> norm, Span<Split> into)
    {
        int n = 0;
        into[n++] = new Split(0, 0);
        if (norm.IsEmpty) return n;
        AddPrefix(norm, 0, into, ref n);
        if (In(ArticleStarts, norm[0]))
        {
            foreach (var p in ArticlePrefixes)
            {
                if (p[0] == norm[0] && norm.StartsWith(p, StringComparison.Ordinal)) AddPrefix(norm, p.Length, into, ref n);
            }
        }
        if (norm.Length > 2 && (norm[0] == 'و' || norm[0] == 'ف'))
        {
            AddPrefix(norm, 1, into, ref n);
            if (norm.Length > 3 && (norm[1] == 'ب' || norm[1] == 'ل' || norm[1] == 'ك' || norm[1] == 'س'))
                AddPrefix(norm, 2, into, ref n);
        }
        if (norm.Length > 2 && (norm[0] == 'ب' || norm[0] == 'ل' || norm[0] == 'ك'))
            AddPrefix(norm, 1, into, ref n);
        return n;
    }

    /// <summary>
    /// The proclitic lengths of the readings without a pronoun and with a stem of two letters or more,
    /// in the order of <see cref="Splits"/> (the gazetteer's keys); cheaper than filtering all readings.
    /// </summary>
    public static int PrefixLengths(ReadOnlySpan<char> norm, Span<int> into)
    {
        int n = 0;
        if (norm.Length < 3) return n; // every proclitic leaves a stem of two letters only on 3+ letters
        if (In(ArticleStarts, norm[0]))
        {
            foreach (var p in ArticlePrefixes)
            {
                if (p[0] == norm[0] && norm.Length - p.Length >= 2 && norm.StartsWith(p, StringComparison.Ordinal)) into[n++] = p.Length;
            }
        }
        if (norm[0] == 'و' || norm[0] == 'ف')
        {
            into[n++] = 1;
            if (norm.Length > 3 && (norm[1] == 'ب' || norm[1] == 'ل' || norm[1] == 'ك' || norm[1] == 'س'))
                into[n++] = 2;
        }
        if (norm[0] == 'ب' || norm[0] == 'ل' || norm[0] == 'ك')
            into[n++] = 1;
        return n;
    }

    private static void AddPrefix(ReadOnlySpan<char> norm, int prefix, Span<Split> into, ref int n)
    {
        var rest = norm[prefix..];
        if (prefix > 0 && rest.Length >= 2) Add(new Split(prefix, 0), into, ref n);
        if (rest.IsEmpty || !In(PronounEnds, rest[^1])) return;
        foreach (var suf in PronounSuffixes)
        {
            if (suf[^1] == rest[^1] && rest.Length - suf.Length >= 2 && rest.EndsWith(suf, StringComparison.Ordinal))
                Add(new Split(prefix, suf.Length), into, ref n);
        }
    }

    private static void Add(Split split, Span<Split> into, ref int n)
    {
        if (n == into.Length) throw new InvalidOperationException($"A word has more than {into.Length} clitic readings; raise Clitics.MaxSplits.");
        into[n++] = split;
    }
}
