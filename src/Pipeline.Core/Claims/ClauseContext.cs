using Pipeline.Lexicons;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// One cue in its clause: the sentence, the cue, where the clause ends (the next clause-opening cue
/// or the sentence end) and the speakers known so far, for continuations (وأضاف، مشيرا).
/// <see cref="CueAt"/> holds the document's cue matches by token index, looked up once (from a pool: it may be longer than the token list, and is valid only while the claim grammar runs);
/// <see cref="IsCue"/> asks it whether a token is a clause's cue (any cue but a verbal noun), made once
/// per document so the phrase finders are not handed a new closure at every call.
/// </summary>
public sealed record ClauseContext(Document Document, Sentence Sentence, CueMatch Cue, int ClauseEnd, Mention? SentenceSpeaker, Mention? PreviousSpeaker, CueMatch?[] CueAt, Func<int, bool> IsCue)
{
    public List<Token> Tokens => Document.Tokens;

    public Token CueToken => Document.Tokens[Cue.TokenIndex];

    /// <summary>The speaker a continuation falls back to: this sentence's, else the article's last.</summary>
    public Mention? Continued => SentenceSpeaker ?? PreviousSpeaker;
}
