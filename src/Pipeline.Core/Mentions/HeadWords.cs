using System.Collections.Frozen;
using Pipeline.Lexicons;
using Pipeline.Normalise;
using Pipeline.Text;

namespace Pipeline.Mentions;

/// <summary>Head words (models/heads.tsv) that give a described actor its kind: وزير → PERSON, شركة → ORG, حركة → GROUP, السلطات → GPE.</summary>
public sealed class HeadWords
{
    private readonly FrozenDictionary<string, MentionKind> _kinds;

    private HeadWords(FrozenDictionary<string, MentionKind> kinds) => _kinds = kinds;

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
        foreach (var key in ActorGazetteer.TokenKeys(token))
        {
            if (_kinds.TryGetValue(key, out var kind)) return kind;
        }
        return null;
    }
}
