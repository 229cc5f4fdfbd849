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
        if (t.Norm.Length < 2 || !t.IsWord) return false;
        var rest = t.Norm.AsSpan(1);
        return heads.KindOf(rest) is not null || actors.MatchWord(rest) is { IsNisba: false };
    }
}
