using Pipeline.Normalise;
using Pipeline.Segment;

namespace Pipeline.Ner;

/// <summary>
/// How often each clitic-stripped stem was tagged O, PERS, LOC, ORG or MISC in the training data; its
/// feature says which type a stem usually has and how sure that is. The trainer builds it jackknifed
/// (each fold's features come from the other folds), so the model learns how far to trust it for
/// words it has not seen; the shipped model carries the lexicon of all training sentences.
/// </summary>
public sealed class NerLexicon
{
    private static readonly string[] Types = ["O", "PERS", "LOC", "ORG", "MISC"];
    private readonly Dictionary<string, int[]> _counts;

    private NerLexicon(Dictionary<string, int[]> counts) => _counts = counts;

    public static NerLexicon Empty { get; } = new(new Dictionary<string, int[]>());

    public int Count => _counts.Count;

    public static NerLexicon Build(IEnumerable<ConllSentence> sentences)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            for (int i = 0; i < s.Count; i++)
            {
                string stem = StemOf(s.Tokens[i]);
                if (!counts.TryGetValue(stem, out var c)) counts[stem] = c = new int[Types.Length];
                c[Array.IndexOf(Types, NerTags.TypeOf(s.Tags[i]) ?? "O")]++;
            }
        }
        return new NerLexicon(counts);
    }

    public static string StemOf(string token) => Clitics.Analyse(ArabicNormalizer.Normalize(token)).Stem;

    /// <summary>The feature value of a stem: unseen, or the most frequent entity type with a confidence and frequency band.</summary>
    public string Feature(string stem)
    {
        if (!_counts.TryGetValue(stem, out var c)) return "unseen";
        int n = c.Sum(), best = 1;
        for (int t = 2; t < Types.Length; t++) if (c[t] > c[best]) best = t;
        double r = (double)c[best] / n;
        string band = c[best] == 0 ? "never" : r >= 0.8 ? "hi" : r >= 0.4 ? "mid" : "lo";
        return $"{Types[best]}_{band}_{(n >= 5 ? "f" : "r")}";
    }

    public void Write(TextWriter w)
    {
        foreach (var (stem, c) in _counts.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteLine($"{stem}\t{string.Join('\t', c)}");
    }

    public static NerLexicon Read(TextReader r)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        string? line;
        while ((line = r.ReadLine()) is not null)
        {
            // spans rather than Split: this runs for ~20k lines on every model load
            int tab = line.IndexOf('\t');
            var c = new int[Types.Length];
            int k = 0;
            if (tab >= 0) // the stem may be empty
            {
                var rest = line.AsSpan(tab + 1);
                foreach (var range in rest.Split('\t'))
                    if (k++ < c.Length) c[k - 1] = int.Parse(rest[range], System.Globalization.CultureInfo.InvariantCulture);
            }
            if (k != Types.Length) throw new InvalidDataException($"lexicon line '{line}' does not have {Types.Length + 1} columns");
            counts[line[..tab]] = c;
        }
        return new NerLexicon(counts);
    }
}
