using Pipeline.Normalise;
using Pipeline.Segment;

namespace Pipeline.Ner;

/// <summary>What the feature templates need to know about one token, computed once per sentence.</summary>
public sealed record NerTokenInfo(string Norm, string Stem, string Prefix, string Shape, IReadOnlyList<string> Gazetteer, string Lexicon = "");

/// <summary>Which optional feature templates are on; written into the model header.</summary>
public sealed record NerFeatureOptions(bool CharNgrams = true, bool PreviousTag = true, bool Lexicon = true, bool Stacked = false, bool LexiconContext = false);

/// <summary>
/// Feature extraction for the NER tagger, pure and deterministic: feature strings per token from the
/// token, its clitic-stripped stem, affixes, shape, gazetteer labels, training-lexicon band and a ±2 window. Strings are
/// hashed to indices (<see cref="Hash"/>) by the model. Hand-written because ML.NET has no sequence
/// featuriser and the Arabic clitic rules are ours (<see cref="Clitics"/>).
/// </summary>
public sealed class NerFeatures(NerGazetteer gazetteer, NerLexicon lexicon, NerFeatureOptions options)
{
    private static readonly NerTokenInfo Boundary = new("<s>", "<s>", "", "<s>", [], "<s>");

    public NerFeatureOptions Options => options;

    public NerTokenInfo[] Analyse(IReadOnlyList<string> tokens)
    {
        var norms = tokens.Select(t => ArabicNormalizer.Normalize(t)).ToArray();
        var gaz = gazetteer.Lookup(norms);
        var infos = new NerTokenInfo[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            var (prefix, stem, _) = Clitics.Analyse(norms[i]);
            infos[i] = new NerTokenInfo(norms[i], stem, prefix, Shape(tokens[i]), gaz[i], options.Lexicon ? lexicon.Feature(stem) : "");
        }
        return infos;
    }

    /// <summary>Every feature of position <paramref name="i"/> that does not depend on the previous tag.</summary>
    public void Static(NerTokenInfo[] s, int i, List<string> into)
    {
        var t = s[i];
        into.Add("w=" + t.Norm);
        into.Add("s=" + t.Stem);
        into.Add("cp=" + t.Prefix);
        into.Add("sh=" + t.Shape);
        into.Add("len=" + Math.Min(t.Stem.Length, 9));
        for (int k = 1; k <= 4; k++)
        {
            if (t.Norm.Length > k)
            {
                into.Add($"p{k}=" + t.Norm[..k]);
                into.Add($"x{k}=" + t.Norm[^k..]);
            }
            if (k <= 3 && t.Stem.Length > k) into.Add($"sp{k}=" + t.Stem[..k]);
        }
        foreach (var g in t.Gazetteer) into.Add("g=" + g);
        if (i == 0) into.Add("first");
        if (options.Lexicon)
        {
            into.Add("lx=" + t.Lexicon);
            into.Add("lx-1=" + At(s, i - 1).Lexicon);
            into.Add("lx+1=" + At(s, i + 1).Lexicon);
            into.Add("lx-2=" + At(s, i - 2).Lexicon);
            into.Add("lx+2=" + At(s, i + 2).Lexicon);
            into.Add("lx|lx+1=" + t.Lexicon + "|" + At(s, i + 1).Lexicon);
            if (options.LexiconContext)
            {
                // How far to trust the context depends on whether the word itself is known: a linear model cannot form this AND.
                into.Add("lx|s-1=" + t.Lexicon + "|" + At(s, i - 1).Stem);
                into.Add("lx|s+1=" + t.Lexicon + "|" + At(s, i + 1).Stem);
                into.Add("lx|s-2=" + t.Lexicon + "|" + At(s, i - 2).Stem);
                into.Add("lx|x2=" + t.Lexicon + "|" + (t.Stem.Length > 2 ? t.Stem[^2..] : t.Stem));
                foreach (var g in t.Gazetteer) into.Add("lx|g=" + t.Lexicon + "|" + g);
            }
        }
        for (int d = -2; d <= 2; d++)
        {
            if (d == 0) continue;
            var n = At(s, i + d);
            string o = d.ToString("+0;-0");
            into.Add($"w{o}=" + n.Norm);
            into.Add($"s{o}=" + n.Stem);
            into.Add($"sh{o}=" + n.Shape);
            if (Math.Abs(d) == 1)
            {
                if (n.Norm.Length > 2) into.Add($"x2{o}=" + n.Norm[^2..]);
                foreach (var g in n.Gazetteer) into.Add($"g{o}=" + g);
            }
        }
        var prev = At(s, i - 1);
        var next = At(s, i + 1);
        into.Add("w-1|w=" + prev.Norm + "|" + t.Norm);
        into.Add("w|w+1=" + t.Norm + "|" + next.Norm);
        into.Add("s-1|s=" + prev.Stem + "|" + t.Stem);
        into.Add("s|s+1=" + t.Stem + "|" + next.Stem);
        into.Add("s-2|s-1=" + At(s, i - 2).Stem + "|" + prev.Stem);
        into.Add("s+1|s+2=" + next.Stem + "|" + At(s, i + 2).Stem);
        if (options.CharNgrams)
        {
            string w = "^" + t.Stem + "$";
            for (int n = 2; n <= 4; n++)
                for (int k = 0; k + n <= w.Length; k++) into.Add($"c{n}=" + w.Substring(k, n));
        }
    }

    /// <summary>Features conjoining the previous tag (null at sentence start) with the token; empty when the option is off.</summary>
    public void Previous(NerTokenInfo[] s, int i, string? previousTag, List<string> into)
    {
        if (!options.PreviousTag) return;
        string p = previousTag ?? "<s>";
        into.Add("pt=" + p);
        into.Add("pt|s=" + p + "|" + s[i].Stem);
        into.Add("pt|sh=" + p + "|" + s[i].Shape);
        if (options.Lexicon) into.Add("pt|lx=" + p + "|" + s[i].Lexicon);
    }

    /// <summary>FNV-1a over the UTF-16 code units, masked to <paramref name="bits"/>; stable across runs and platforms.</summary>
    public static int Hash(string feature, int bits)
    {
        uint h = 2166136261;
        foreach (char c in feature)
        {
            h = (h ^ (c & 0xFFu)) * 16777619;
            h = (h ^ (uint)(c >> 8)) * 16777619;
        }
        h ^= h >> 15; // fold the high bits in before masking
        return (int)(h & ((1u << bits) - 1));
    }

    /// <summary>Coarse character classes, repeats collapsed: A Arabic letter, L Latin, D digit, P other.</summary>
    public static string Shape(string token)
    {
        var sb = new System.Text.StringBuilder(4);
        foreach (char c in token)
        {
            char k = c >= '\u0600' && c <= '\u06FF' && char.IsLetter(c) ? 'A'
                : char.IsAsciiLetter(c) ? 'L' : char.IsDigit(c) ? 'D' : ArabicNormalizer.IsIgnorable(c) ? '\0' : 'P';
            if (k != '\0' && (sb.Length == 0 || sb[^1] != k)) sb.Append(k);
        }
        return sb.Length <= 4 ? sb.ToString() : sb.ToString(0, 4);
    }

    private static NerTokenInfo At(NerTokenInfo[] s, int i) => i >= 0 && i < s.Length ? s[i] : Boundary;
}
