using Pipeline.Text;

namespace Pipeline.Mentions;

/// <summary>
/// Gives a noun phrase its mention kind, canonical actor and country: a known actor inside the
/// phrase (واشنطن → الولايات المتحدة, USA), a nationality adjective (السلطات الصينية → CHN), the
/// head word (وزير → PERSON, شركة → ORG), or the learned entity tags already on the document.
/// </summary>
public sealed class MentionResolver(ActorGazetteer actors, HeadWords heads)
{
    public Mention Resolve(Document d, int first, int end, string source)
    {
        var tokens = d.Tokens;
        MentionKind? headKind = heads.KindOf(tokens[first]);
        Actor? named = null, nisba = null;
        bool namedAtStart = false;
        for (int i = first; i < end; i++)
        {
            if (actors.Match(tokens, i, end) is not { } hit || actors.IsCommonNounUse(tokens, hit)) continue;
            if (hit.Actor.IsNisba) nisba ??= hit.Actor;
            else if (named is null)
            {
                named = hit.Actor;
                namedAtStart = i == first;
            }
            i = hit.End - 1;
        }
        string? country = named?.Country ?? nisba?.Country;
        string? canonical = null;
        MentionKind kind;
        if (named is not null && (namedAtStart || headKind is null))
        {
            kind = KindOf(named.Kind);
            canonical = named.Canonical;
        }
        else if (headKind is { } hk)
        {
            kind = hk;
            if (hk == MentionKind.GPE && nisba is not null) canonical = nisba.Canonical;
            // الخارجية الإيرانية: a ministry named by its portfolio alone is that state's ministry
            else if (hk == MentionKind.ORG && nisba is not null && end - first == 2 && tokens[first].HasArticle && Portfolios.Contains(tokens[first].Stem))
                canonical = "وزارة " + d.Text[tokens[first].Start..tokens[end - 1].End];
        }
        else if (NerKind(d, tokens[first].Start, tokens[end - 1].End) is { } nk)
        {
            kind = nk;
        }
        else
        {
            // An unknown name without the article is most often a person (قرداحي، هيفاء).
            kind = tokens[first].HasArticle ? MentionKind.ORG : MentionKind.PERSON;
        }
        int start = tokens[first].Start + AttachedPreposition(tokens[first]), stop = tokens[end - 1].End;
        return new Mention(start, stop, d.Text[start..stop], kind, canonical, country, source);
    }

    /// <summary>
    /// The length of a preposition written onto the first word (لواشنطن، ببكين، لوزارة) when the rest of
    /// the word is the known actor or head word, so the mention starts at the name itself.
    /// </summary>
    private int AttachedPreposition(Token t)
    {
        if (!t.IsWord || t.Text.Length < 4 || t.Text[0] is not ('ل' or 'ب') || t.Text.StartsWith("لل", StringComparison.Ordinal)) return 0;
        bool wholeKnown = actors.MatchWord(t.Norm) is { } actor && actor.Keys[0].AsSpan().SequenceEqual(ActorGazetteer.Key(t.Norm.AsSpan()));
        if (wholeKnown || !KnownWords.WithoutFirstLetter(t, heads, actors)) return 0;
        int skip = 1;
        while (skip < t.Text.Length - 2 && Pipeline.Normalise.ArabicNormalizer.IsIgnorable(t.Text[skip])) skip++;
        return skip;
    }

    /// <summary>True when the token (or its clitic-stripped reading) is a known actor or head word.</summary>
    public bool IsKnown(List<Token> tokens, int i) =>
        heads.KindOf(tokens[i]) is not null || actors.Match(tokens, i, tokens.Count) is { Actor.IsNisba: false };

    private static readonly HashSet<string> Portfolios = ["خارجيه", "داخليه", "دفاع", "عدل", "ماليه", "صحه", "تربيه", "اقتصاد", "طاقه"];

    private static MentionKind KindOf(string kind) => kind switch
    {
        "GPE" => MentionKind.GPE,
        "ORG" => MentionKind.ORG,
        "GROUP" => MentionKind.GROUP,
        "PERSON" => MentionKind.PERSON,
        _ => MentionKind.OTHER,
    };

    private static MentionKind? NerKind(Document d, int start, int end)
    {
        foreach (var m in d.Mentions)
        {
            if (m.Source == "ner" && m.Start < end && start < m.End) return m.Kind;
        }
        return null;
    }
}
