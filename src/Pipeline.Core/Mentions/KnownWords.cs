using Pipeline.Text;

namespace Pipeline.Mentions;

/// <summary>Lookups shared by the phrase finder and the mention resolver.</summary>
public static class KnownWords
{
    /// <summary>
    /// لبغداد، بواشنطن، لوزارة: the word without its first letter (a preposition written onto it) is a
    /// known actor or head word.
    /// </summary>
    public static bool WithoutFirstLetter(Token t, HeadWords heads, ActorGazetteer actors)
    {
        if (t.Norm.Length < 2) return false;
        var rest = t.Norm[1..];
        var restToken = t with { Norm = rest, Stem = rest, Prefix = "" };
        return heads.KindOf(restToken) is not null || actors.Match(new[] { restToken }, 0, 1) is { Actor.IsNisba: false };
    }
}
