using Pipeline.Normalise;
using Pipeline.Segment;

namespace Pipeline.Ner;

/// <summary>One gazetteer name: its normalised words, a class label (LOC_COUNTRY, PERS_FIRST …) and a source count.</summary>
public sealed record GazetteerEntry(string[] Words, string Label, int Count);

/// <summary>
/// Name lists for NER lookup features, loaded from <c>models/ner-gazetteer.tsv</c>
/// (<c>name TAB label TAB count</c>, names already normalised; lines starting with # are comments).
/// Names of several words are matched as sequences; the first word may carry clitics (والولايات المتحدة).
/// </summary>
public sealed class NerGazetteer
{
    private readonly Dictionary<string, List<GazetteerEntry>> _byFirst = new(StringComparer.Ordinal);

    public NerGazetteer(IEnumerable<GazetteerEntry> entries)
    {
        foreach (var e in entries)
        {
            if (e.Words.Length == 0) continue;
            if (!_byFirst.TryGetValue(e.Words[0], out var list)) _byFirst[e.Words[0]] = list = new();
            list.Add(e);
        }
    }

    public static NerGazetteer Empty { get; } = new([]);

    public int FirstWordCount => _byFirst.Count;

    public static NerGazetteer Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"NER gazetteer '{path}' is missing. Restore it (git checkout -- models/ner-gazetteer.tsv) or rebuild it with `train ner --gazetteers DIR`.", path);
        return new NerGazetteer(Parse(File.ReadLines(path), path));
    }

    public static IEnumerable<GazetteerEntry> Parse(IEnumerable<string> lines, string source)
    {
        int n = 0;
        foreach (var line in lines)
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 3 || !int.TryParse(f[2], out int count))
                throw new InvalidDataException($"{source}:{n}: expected `name<TAB>label<TAB>count`. Rebuild the file with `train ner --gazetteers DIR`.");
            yield return new GazetteerEntry(f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), f[1], count);
        }
    }

    /// <summary>
    /// Lookup labels for every token of a sentence of normalised words: <c>W:label</c> when the whole
    /// word is a one-word name, <c>C:label</c> when it is one after clitic stripping, <c>B:label</c> /
    /// <c>I:label</c> for the first / later words of a several-word name. Person-token counts are bucketed.
    /// </summary>
    public List<string>[] Lookup(IReadOnlyList<string> norms)
    {
        var result = new List<string>[norms.Count];
        for (int i = 0; i < norms.Count; i++) result[i] ??= new List<string>();
        for (int i = 0; i < norms.Count; i++)
        {
            bool whole = true;
            foreach (var (_, stem, _) in Clitics.Candidates(norms[i]))
            {
                if (_byFirst.TryGetValue(stem, out var entries))
                {
                    foreach (var e in entries)
                    {
                        if (e.Words.Length == 1)
                            AddOnce(result[i], (whole ? "W:" : "C:") + Bucket(e));
                        else if (Follows(norms, i + 1, e.Words))
                        {
                            AddOnce(result[i], "B:" + e.Label);
                            for (int k = 1; k < e.Words.Length; k++) AddOnce(result[i + k], "I:" + e.Label);
                        }
                    }
                }
                whole = false;
            }
        }
        return result;
    }

    private static bool Follows(IReadOnlyList<string> norms, int at, string[] words)
    {
        if (at + words.Length - 1 > norms.Count) return false;
        for (int k = 1; k < words.Length; k++)
            if (!string.Equals(norms[at + k - 1], words[k], StringComparison.Ordinal)) return false;
        return true;
    }

    // Wikidata person tokens are noisy: the count says how much to trust one (see models/ner.md).
    private static string Bucket(GazetteerEntry e) =>
        e.Label != "PERS_WD" ? e.Label : e.Count >= 100 ? "PERS_WD100" : e.Count >= 10 ? "PERS_WD10" : e.Count >= 2 ? "PERS_WD2" : "PERS_WD1";

    private static void AddOnce(List<string> list, string label)
    {
        if (!list.Contains(label)) list.Add(label);
    }
}
