using System.Text.RegularExpressions;
using Pipeline.Normalise;

namespace Pipeline.Ner;

/// <summary>
/// Builds <c>models/ner-gazetteer.tsv</c> from the shared gazetteer folder (CLDR territories and
/// exemplar cities, faker-ar, Wikidata person-name tokens), normalised, so the trained model never
/// needs that folder at run time. Called by <c>train ner --gazetteers DIR</c>.
/// </summary>
public static partial class NerGazetteerBuilder
{
    /// <summary>Wikidata person tokens seen fewer times than this are left out (35,945 of 50,801 occur once).</summary>
    public const int MinPersonTokenCount = 2;

    public static IReadOnlyList<GazetteerEntry> Build(string dir, int minPersonTokenCount = MinPersonTokenCount)
    {
        if (!Directory.Exists(dir))
            throw new DirectoryNotFoundException($"Gazetteer folder '{dir}' does not exist. Pass the folder holding cldr/, faker-ar/ and wikidata-person-names/.");
        var best = new Dictionary<(string, string), int>();
        foreach (var (code, name) in Tsv(Path.Combine(dir, "cldr", "ar.territories.tsv")))
            Add(best, name, char.IsDigit(code[0]) ? "LOC_REGION" : "LOC_COUNTRY", 1);
        foreach (var (_, name) in Tsv(Path.Combine(dir, "cldr", "ar.exemplar_cities.tsv")))
            Add(best, name, "LOC_CITY", 1);
        string faker = Path.Combine(dir, "faker-ar");
        foreach (var (file, label) in new[]
                 {
                     ("location_countries.txt", "LOC_COUNTRY"), ("location_city_names.txt", "LOC_CITY"),
                     ("location_states.txt", "LOC_CITY"), ("person_first_names_male.txt", "PERS_FIRST"),
                     ("person_first_names_female.txt", "PERS_FIRST"), ("person_last_names.txt", "PERS_LAST"),
                 })
        {
            foreach (var name in Lines(Path.Combine(faker, file))) Add(best, name, label, 1);
        }
        foreach (var (name, count) in Tsv(Path.Combine(dir, "wikidata-person-names", "person_name_tokens.ar.tsv")))
        {
            if (int.Parse(count) >= minPersonTokenCount) Add(best, name, "PERS_WD", int.Parse(count));
        }
        return best.OrderBy(kv => kv.Key.Item2, StringComparer.Ordinal).ThenBy(kv => kv.Key.Item1, StringComparer.Ordinal)
            .Select(kv => new GazetteerEntry(kv.Key.Item1.Split(' '), kv.Key.Item2, kv.Value)).ToList();
    }

    public static void Write(IReadOnlyList<GazetteerEntry> entries, string path)
    {
        using var w = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine("# NER gazetteer: normalised name<TAB>label<TAB>count. Built by `train ner --gazetteers DIR`; sources and licences in models/ner.md and models/ner-gazetteer.NOTICE.txt.");
        foreach (var e in entries) w.WriteLine($"{string.Join(' ', e.Words)}\t{e.Label}\t{e.Count}");
    }

    /// <summary>Writes the upstream licence notices that must accompany the copied names (Unicode-3.0 asks for it; MIT too).</summary>
    public static void WriteNotice(string dir, string path)
    {
        using var w = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine("Notices for models/ner-gazetteer.tsv, which holds normalised copies of names from the sources below.");
        foreach (var (folder, what) in new[]
                 {
                     ("cldr", "Unicode CLDR 48, Arabic locale: territory names and exemplar cities (Unicode-3.0)"),
                     ("faker-ar", "@faker-js/faker 10.6.0, Arabic locale: person and place names (MIT)"),
                     ("wikidata-person-names", "Wikidata person-name tokens via Merhav & Ash, COLING 2018 (CC0 1.0)"),
                 })
        {
            w.WriteLine();
            w.WriteLine($"==== {what} — licence text follows ====");
            w.WriteLine();
            w.WriteLine(File.ReadAllText(Path.Combine(dir, folder, "LICENSE")).TrimEnd());
        }
    }

    private static void Add(Dictionary<(string, string), int> best, string raw, string label, int count)
    {
        string name = Spaces().Replace(Parenthesised().Replace(ArabicNormalizer.Normalize(raw), " "), " ").Trim();
        if (name.Length < 2) return;
        var key = (name, label);
        best[key] = Math.Max(best.GetValueOrDefault(key), count);
    }

    private static IEnumerable<(string, string)> Tsv(string path) =>
        Lines(path).Skip(1).Select(l => l.Split('\t')).Where(f => f.Length >= 2).Select(f => (f[0], f[1]));

    private static IEnumerable<string> Lines(string path) =>
        File.Exists(path) ? File.ReadLines(path).Where(l => l.Trim().Length > 0)
            : throw new FileNotFoundException($"Gazetteer source '{path}' is missing; check the --gazetteers folder.", path);

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
