using System.Collections.Frozen;
using Pipeline.Lexicons;
using Pipeline.Mentions;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// The claim grammar: for every cue in a sentence, finds the speaker (verb-subject order, subject-first
/// headlines, source phrases بحسب/وفقا لـ, continuations resolved to the earlier speaker), the target,
/// the content and the quote, and types the claim. Hand-written: it encodes Arabic news reporting
/// constructions that no library models. Confidence is left to the confidence stage.
/// </summary>
public sealed class ClaimGrammar(CueLexicon cues, NounPhrases phrases, MentionResolver resolver, ContentTyper typer, FrozenSet<string> nonSubjects)
{
    /// <summary>Finds the claims of a document (does not change it).</summary>
    public List<Claim> Predict(Document d)
    {
        var claims = new List<Claim>();
        Mention? previous = null;
        foreach (var s in d.Sentences)
        {
            var found = FindCues(d, s);
            Mention? sentenceSpeaker = null;
            for (int k = 0; k < found.Count; k++)
            {
                int clauseEnd = s.EndToken;
                for (int j = k + 1; j < found.Count; j++)
                {
                    if (found[j].Entry.Class != CueClass.Noun) { clauseEnd = found[j].TokenIndex; break; }
                }
                var ctx = new ClauseContext(d, s, found[k], clauseEnd, sentenceSpeaker, previous);
                var claim = Build(ctx);
                if (claim is null) continue;
                claims.Add(claim);
                if (claim.Type == ClaimType.Denial && ReportedAccusation.Find(ctx, claim, phrases, resolver) is { } accusation)
                    claims.Add(accusation);
                sentenceSpeaker = claim.Speaker;
                previous = claim.Speaker;
            }
        }
        return claims;
    }

    private List<CueMatch> FindCues(Document d, Sentence s)
    {
        var list = new List<CueMatch>();
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (InsideQuotation(d, d.Tokens[i].Start)) continue;
            if (cues.Match(d.Tokens, i) is { } m) list.Add(m);
        }
        return list;
    }

    private static bool InsideQuotation(Document d, int position)
    {
        foreach (var q in d.Quotations)
        {
            if (q.Inner.Contains(position)) return true;
        }
        return false;
    }

    private bool IsCue(Document d, int i) => cues.Match(d.Tokens, i) is { Entry.Class: not CueClass.Noun };

    private Claim? Build(ClauseContext c)
    {
        var (speaker, contentStart, construction) = c.Cue.Entry.Class switch
        {
            CueClass.Verb => VerbSpeaker(c),
            CueClass.Source => SourceSpeaker(c),
            CueClass.Participle => (c.Continued, c.Cue.TokenIndex + 1, "participle"),
            _ => NounSpeaker(c),
        };
        if (speaker is null) return null;
        var content = ClaimContent.Find(c, contentStart, construction == "source-after");
        if (content is null) return null;
        var type = c.Cue.Entry.Type;
        if (type == ClaimType.Statement && typer.TypeOf(c.Tokens, content.Value.FirstToken, content.Value.EndToken) is { } retyped)
            type = retyped;
        var target = type is ClaimType.Statement ? null : Targets.Find(c, contentStart, speaker, phrases, resolver, i => IsCue(c.Document, i));
        var cueToken = c.CueToken;
        return new Claim
        {
            Type = type,
            Speaker = speaker,
            Target = target,
            Content = content.Value.Span,
            Quote = content.Value.Quote,
            QuoteDirect = content.Value.Direct,
            Cue = cueToken.Span,
            CueLemma = c.Cue.Entry.Lemma,
            Sentence = c.Sentence.Span,
            Construction = construction,
        };
    }

    /// <summary>Subject-first (الصين تنفي), then verb-subject (نفت الصين), else the earlier speaker (وأضاف أن).</summary>
    private (Mention?, int, string) VerbSpeaker(ClauseContext c)
    {
        var d = c.Document;
        int cue = c.Cue.TokenIndex;
        bool sentenceInitial = cue - c.Sentence.FirstToken <= 6;
        if (c.Cue.Prefix.Length == 0 && sentenceInitial && cue > c.Sentence.FirstToken
            && phrases.Before(c.Tokens, c.Sentence.FirstToken, cue) is { } before)
            return (resolver.Resolve(d, before.First, before.End, "grammar"), cue + 1, "subject-first");
        if (phrases.After(c.Tokens, cue + 1, c.ClauseEnd, i => IsCue(d, i)) is { } after && !nonSubjects.Contains(ActorGazetteer.Key(c.Tokens[after.First].Norm)))
            return (resolver.Resolve(d, after.First, after.End, "grammar"), after.End, "verb-subject");
        return (c.Continued, cue + 1, "continuation");
    }

    /// <summary>بحسب البيان / وفقا لوزارة الخارجية: the complement is the speaker.</summary>
    private (Mention?, int, string) SourceSpeaker(ClauseContext c)
    {
        int i = c.Cue.TokenIndex + 1;
        var tokens = c.Tokens;
        while (i < c.ClauseEnd && tokens[i].IsWord && (tokens[i].Norm is "ل" or "لـ" or "عن" or "ما" or "لما")) i++;
        if (i >= c.ClauseEnd || !tokens[i].IsWord || phrases.IsFunctionWord(tokens[i])) return (null, 0, "");
        int end = i + 1;
        while (end < c.ClauseEnd && end - i < NounPhrases.MaxWords && tokens[end].IsWord && !phrases.IsFunctionWord(tokens[end]) && !phrases.StartsPrepositionalPhrase(tokens[end]))
            end++;
        var speaker = resolver.Resolve(c.Document, i, end, "grammar");
        bool atStart = c.Cue.TokenIndex - c.Sentence.FirstToken <= 2;
        return (speaker, atStart ? end : c.Sentence.FirstToken, atStart ? "source-before" : "source-after");
    }

    /// <summary>إدانته لـ… (the earlier speaker's act) or a verbal noun with its agent after it (اتهامات واشنطن).</summary>
    private (Mention?, int, string) NounSpeaker(ClauseContext c)
    {
        if (c.Cue.Suffix is "ه" or "ها" or "هم") return (c.Continued, c.Cue.TokenIndex + 1, "noun-pronoun");
        return (null, 0, "");
    }
}
