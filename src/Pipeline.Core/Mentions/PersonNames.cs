namespace Pipeline.Mentions;

/// <summary>
/// Builds models/person-names.tsv, the given names and surnames that let a phrase run on past a
/// definite word (الوزير نبيل الحلو): Wikidata person-name tokens (CC0) and Faker's Arabic first and
/// last names (MIT). Words that are head words or function words are left to those lists.
/// </summary>
public static class PersonNames
{
    /// <summary>Name tokens from Wikidata's person_name_tokens.ar.tsv (token, count, …) and Faker name lists.</summary>
    public static IEnumerable<string> From(IEnumerable<string> wikidataLines, IEnumerable<string> fakerNames, ISet<string> excluded)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in wikidataLines.Skip(1).Select(l => l.Split('\t')[0]).Concat(fakerNames))
        {
            var name = line.Trim();
            if (name.Length < 2 || name.Contains(' ') || !name.All(c => c >= '\u0600' && c <= '\u06FF')) continue;
            if (excluded.Contains(Pipeline.Normalise.ArabicNormalizer.Normalize(name))) continue;
            if (seen.Add(name)) yield return name;
        }
    }
}
