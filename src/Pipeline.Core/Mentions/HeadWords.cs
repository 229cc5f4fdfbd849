using System.Collections.Frozen;
using Pipeline.Lexicons;
using Pipeline.Normalise;
using Pipeline.Segment;
using Pipeline.Text;

namespace Pipeline.Mentions;

/// <summary>Head words (models/heads.tsv) that give a described actor its kind: وزير → PERSON, شركة → ORG, حركة → GROUP, السلطات → GPE.</summary>
public sealed class HeadWords
{
    private readonly FrozenDictionary<string, MentionKind>.AlternateLookup<ReadOnlySpan<char>> _kinds;

    /// <summary>Turns most words away before the dictionary is asked (see <see cref="KeyFilter"/>).</summary>
    private readonly KeyFilter _words;

    // Tells these head words' remembered answers (TokenLookups) from another instance's.
    private readonly long _lookupId = TokenLookups.NewLexiconId();

    private HeadWords(FrozenDictionary<string, MentionKind> kinds)
    {
        _kinds = kinds.GetAlternateLookup<ReadOnlySpan<char>>();
        _words = new KeyFilter(kinds.Keys);
    }

    public static HeadWords Load(string path)
    {
        var kinds = new Dictionary<string, MentionKind>(StringComparer.Ordinal);
        foreach (var (line, f) in TsvFile.Read(path))
        {
            if (f.Length < 2 || !Enum.TryParse<MentionKind>(f[1], out var kind)) throw TsvFile.Error(path, line, "expected word and a kind (PERSON, ORG, GROUP, GPE, OTHER)");
            kinds.TryAdd(ActorGazetteer.Key(ArabicNormalizer.Normalize(f[0])), kind);
        }
        return new HeadWords(kinds.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public MentionKind? KindOf(Token token)
    {
        if (!token.IsWord) return null;
        var lookups = TokenLookups.Of(token);
        return lookups.TryHead(_lookupId, out var kind) ? kind : lookups.SetHead(_lookupId, KindOf(token.Norm));
    }

    /// <summary>The kind of a word given by its normalised form (a word, or part of one).</summary>
    public MentionKind? KindOf(ReadOnlySpan<char> norm)
    {
        Span<Range> keys = stackalloc Range[Clitics.MaxSplits + 1];
        int count = ActorGazetteer.TokenKeyRanges(norm, keys);
        for (int k = 0; k < count; k++)
        {
            if (_words.MayContain(norm[keys[k]]) && _kinds.TryGetValue(norm[keys[k]], out var kind)) return kind;
        }
        return null;
    }
}
