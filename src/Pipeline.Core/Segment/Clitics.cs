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

    /// <summary>The most likely (prefix, stem, suffix) of a normalised word; the suffix is never stripped here.</summary>
    public static (string Prefix, string Stem, string Suffix) Analyse(string norm)
    {
        foreach (var p in ArticlePrefixes)
        {
            if (norm.Length - p.Length >= 2 && norm.StartsWith(p, StringComparison.Ordinal))
                return (p, norm[p.Length..], "");
        }
        if (norm.Length >= 5 && (norm[0] == 'و' || norm[0] == 'ف'))
            return (norm[..1], norm[1..], "");
        return ("", norm, "");
    }

    /// <summary>
    /// Every plausible (prefix, stem, suffix) reading of a normalised word, the whole word first; used
    /// by lexicon lookups that must find اتهمها, وأضاف, فنفت, ولاتهامات in a list of bare forms.
    /// </summary>
    public static IEnumerable<(string Prefix, string Stem, string Suffix)> Candidates(string norm)
    {
        yield return ("", norm, "");
        foreach (var (pre, rest) in Prefixes(norm))
        {
            if (pre.Length > 0 && rest.Length >= 2) yield return (pre, rest, "");
            foreach (var suf in PronounSuffixes)
            {
                if (rest.Length - suf.Length >= 2 && rest.EndsWith(suf, StringComparison.Ordinal))
                    yield return (pre, rest[..^suf.Length], suf);
            }
        }
    }

    private static IEnumerable<(string, string)> Prefixes(string norm)
    {
        yield return ("", norm);
        foreach (var p in ArticlePrefixes)
        {
            if (norm.StartsWith(p, StringComparison.Ordinal)) yield return (p, norm[p.Length..]);
        }
        if (norm.Length > 2 && (norm[0] == 'و' || norm[0] == 'ف'))
        {
            yield return (norm[..1], norm[1..]);
            if (norm.Length > 3 && (norm[1] == 'ب' || norm[1] == 'ل' || norm[1] == 'ك' || norm[1] == 'س'))
                yield return (norm[..2], norm[2..]);
        }
        if (norm.Length > 2 && (norm[0] == 'ب' || norm[0] == 'ل' || norm[0] == 'ك'))
            yield return (norm[..1], norm[1..]);
    }
}
