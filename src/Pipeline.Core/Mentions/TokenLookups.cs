using Pipeline.Text;

namespace Pipeline.Mentions;

/// <summary>
/// What the gazetteer and the head words found for one word, kept with the word's shared
/// <see cref="TokenForms"/>: the grammar asks the same token "is it a known actor? a head word?" many
/// times over (each phrase it tries, each speaker and target check), and news repeats its words, while
/// the answer depends only on the word's normalised form. The tokenizer shares forms per thread and
/// clears them when its table is full, so this stays small.
/// <para>
/// Each answer is one immutable object holding the id of the lexicon that computed it (never the
/// lexicon itself, so a reloaded model is not kept alive), read and written as one reference: a word
/// looked up by two threads or in two lexicons (tests do) never gets another lexicon's answer.
/// </para>
/// </summary>
internal sealed class TokenLookups
{
    private sealed record ActorsAnswer(long Lexicon, Actor[] Actors);

    private sealed record HeadAnswer(long Lexicon, MentionKind? Kind);

    private ActorsAnswer? _actors;
    private HeadAnswer? _head;

    private static long lastLexicon;

    /// <summary>A new id for a lexicon instance, to tell its answers from another's.</summary>
    public static long NewLexiconId() => Interlocked.Increment(ref lastLexicon);

    public static TokenLookups Of(Token token) => token.Lookups;

    /// <summary>The gazetteer's candidate actors for the word, in the order they are tried, or null before the first lookup.</summary>
    public Actor[]? ActorsFrom(long lexicon) => Volatile.Read(ref _actors) is { } a && a.Lexicon == lexicon ? a.Actors : null;

    public Actor[] SetActors(long lexicon, Actor[] actors)
    {
        Volatile.Write(ref _actors, new ActorsAnswer(lexicon, actors));
        return actors;
    }

    public bool TryHead(long lexicon, out MentionKind? kind)
    {
        var answer = Volatile.Read(ref _head);
        bool known = answer is not null && answer.Lexicon == lexicon;
        kind = known ? answer!.Kind : null;
        return known;
    }

    public MentionKind? SetHead(long lexicon, MentionKind? kind)
    {
        Volatile.Write(ref _head, new HeadAnswer(lexicon, kind));
        return kind;
    }
}
