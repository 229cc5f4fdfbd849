using Pipeline.Text;

namespace Pipeline.Mentions;

/// <summary>
/// What the gazetteer and the head words found for one token, kept on the token on first use: the
/// grammar asks the same token "is it a known actor? a head word?" many times over (each phrase it
/// tries, each speaker and target check), and the answer depends only on the word. Per token, so
/// per document: nothing is remembered across articles. Each result records which lexicon computed
/// it, so a token looked up in two lexicons (tests do) never gets the other's answer.
/// </summary>
internal sealed class TokenLookups
{
    private object? _actorsOf;
    private Actor[]? _actors;
    private object? _headsOf;
    private MentionKind? _head;

    public static TokenLookups Of(Token token) => token.Lookups ??= new TokenLookups();

    /// <summary>The gazetteer's candidate actors for the token, in the order they are tried, or null before the first lookup.</summary>
    public Actor[]? ActorsFrom(ActorGazetteer gazetteer) => Volatile.Read(ref _actorsOf) == gazetteer ? _actors : null;

    public Actor[] SetActors(ActorGazetteer gazetteer, Actor[] actors)
    {
        _actors = actors;
        Volatile.Write(ref _actorsOf, gazetteer);
        return actors;
    }

    public bool TryHead(HeadWords heads, out MentionKind? kind)
    {
        bool known = Volatile.Read(ref _headsOf) == heads;
        kind = known ? _head : null;
        return known;
    }

    public MentionKind? SetHead(HeadWords heads, MentionKind? kind)
    {
        _head = kind;
        Volatile.Write(ref _headsOf, heads);
        return kind;
    }
}
