using System.Buffers;
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
public sealed partial class ClaimGrammar(CueLexicon cues, NounPhrases phrases, MentionResolver resolver, ContentTyper typer)
{
    // made once: a method group becomes a new delegate at every use
    private readonly Func<Token, bool> isAddressee = phrases.IsAddressee;

    /// <summary>Finds the claims of a document (does not change it).</summary>
    public List<Claim> Predict(Document d)
    {
        var claims = new List<Claim>();
        Mention? previous = null;
        var cueAt = CueIndex(d);
        Func<int, bool> isCue = i => IsCue(cueAt, i);
        try
        {
            foreach (var s in d.Sentences)
            {
                var found = RefersBack(d, s) ? [] : FindCues(d, s, cueAt);
                Mention? sentenceSpeaker = null;
                if (found.Count == 0)
                {
                    if (Headline.Find(d, s, phrases, resolver, typer) is { } headline)
                    {
                        claims.Add(headline);
                        previous = headline.Speaker;
                    }
                    continue;
                }
                for (int k = 0; k < found.Count; k++)
                {
                    int clauseEnd = s.EndToken;
                    for (int j = k + 1; j < found.Count; j++)
                    {
                        if (!OpensClause(d, found[j])) continue;
                        // هاجمت فيها مروجي الشائعات، قائلة: «…» — قائلا gives the manner of the act before it: the
                        // quote is what that condemnation/accusation/appeal said, not a second claim
                        if (IsSayingManner(found[k], found[j]))
                        {
                            found.RemoveAt(j);
                            j--;
                            continue;
                        }
                        clauseEnd = found[j].TokenIndex;
                        break;
                    }
                    var ctx = new ClauseContext(d, s, found[k], clauseEnd, sentenceSpeaker, previous, cueAt, isCue);
                    if (found[k].Entry.Class == CueClass.Issuer)
                    {
                        if (VerbSpeaker(ctx) is ({ } issuer, _, not "continuation")) sentenceSpeaker = previous = issuer;
                        continue;
                    }
                    var claim = Build(ctx);
                    if (claim is null) continue;
                    claims.Add(claim);
                    if (claim.Type == ClaimType.Denial && ReportedAccusation.Find(ctx, claim, phrases, resolver) is { } accusation)
                        claims.Add(accusation);
                    sentenceSpeaker = claim.Speaker;
                    previous = claim.Speaker;
                }
            }
        }
        finally
        {
            ArrayPool<CueMatch?>.Shared.Return(cueAt, clearArray: true);
        }
        return claims;
    }

    /// <summary>صادر عن الرئاسة، الصادر من الوزارة: the phrase after «issued by» at token <paramref name="i"/>, or null.</summary>
    private Mention? BodyAfterIssued(ClauseContext c, int i)
    {
        var tokens = c.Tokens;
        if (i + 2 >= c.ClauseEnd || !tokens[i].IsWord || tokens[i].Stem is not ("صادر" or "صادره") || tokens[i + 1].Norm is not ("عن" or "من")) return null;
        return phrases.After(tokens, i + 2, c.ClauseEnd, c.IsCue) is { } np ? resolver.Resolve(c.Document, np.First, np.End, "grammar") : null;
    }

    private static bool IsSayingManner(CueMatch act, CueMatch next) =>
        act.Entry.Type is ClaimType.Condemnation or ClaimType.Accusation or ClaimType.Appeal && act.Entry.Class is CueClass.Verb
        && next.Entry.Class == CueClass.Participle && next.Entry.Lemma == "قال" && next.TokenIndex - act.TokenIndex <= 8;

    private static bool IsCue(CueMatch?[] cueAt, int i) => cueAt[i] is { Entry.Class: not CueClass.Noun };

    private Claim? Build(ClauseContext c)
    {
        var (speaker, contentStart, construction) = c.Cue.Entry.Class switch
        {
            CueClass.Verb => VerbSpeaker(c),
            CueClass.Source => SourceSpeaker(c),
            CueClass.Participle => (c.SentenceSpeaker ?? MainSubject(c) ?? c.PreviousSpeaker, c.Cue.TokenIndex + 1, "participle"),
            _ => NounSpeaker(c),
        };
        if (speaker is null || IsInformationNoun(c, speaker)) return null;
        if (c.Cue.Entry.Class is CueClass.Verb or CueClass.Participle && Mouthpiece(c, contentStart) is ({ } voice, int afterVoice))
            (speaker, contentStart) = (voice, afterVoice);
        if (c.Cue.Entry.Lemma == "نسب" && AttributedSpeech(c, contentStart) is ({ } quoted, int quoteStart))
        {
            // نسب الموقع للوزير قوله: «…» — words attributed to someone are that person's statement
            (speaker, contentStart) = (quoted, quoteStart);
            c = c with { Cue = c.Cue with { Entry = c.Cue.Entry with { Type = ClaimType.Statement } } };
        }
        if (IsSpeechNoun(c, speaker))
        {
            // بيان وزارة الخارجية: the body that issued it; البيان alone: whoever issued it, the earlier speaker
            var (first, end) = TokenRange(c.Tokens, speaker.Span);
            // بيان صادر عن الرئاسة: the body after «issued by»
            if (BodyAfterIssued(c, first + 1) is { } issuer) (speaker, contentStart) = (issuer, Math.Max(contentStart, TokenRange(c.Tokens, issuer.Span).End));
            else if (end - first >= 2 && phrases.CanOpen(c.Tokens[first + 1])) speaker = resolver.Resolve(c.Document, first + 1, end, "grammar");
            else if (c.Continued is not null) speaker = c.Continued;
            else return null;
        }
        if (construction != "source-after") contentStart = ContentAsides.AfterAdverbs(c.Tokens, contentStart, c.ClauseEnd);
        var content = ClaimContent.Find(c, contentStart, construction == "source-after", isAddressee);
        if (c.Cue.Entry.Class == CueClass.Verb && (content is null || content.Value.Quote is null && WordCount(c.Tokens, content.Value) < 2) && ClaimContent.QuotedBefore(c) is { } before)
            (content, construction) = (before, construction + "+quote-first");
        if (content is null || WordCount(c.Tokens, content.Value) < (c.Cue.Entry.Type is ClaimType.Denial or ClaimType.Condemnation ? 1 : 2) && content.Value.Quote is null) return null;
        var type = c.Cue.Entry.Type;
        Mention? target = null;
        if (type == ClaimType.Statement && typer.TypeOf(c.Tokens, content.Value.FirstToken, content.Value.EndToken) is { } retyped)
        {
            // typed by what it says: an accusation needs someone accused in it, else it stays a statement
            target = (c.Cue.Suffix.Length > 0 ? Targets.Antecedent(c, speaker, phrases, resolver) : null)
                ?? Targets.Known(c, SaidFrom(c, content.Value), content.Value.EndToken, speaker, phrases, resolver);
            if (retyped != ClaimType.Accusation || target is not null) type = retyped;
            construction += "+content";
        }
        else if (IsSelfClaim(c, content.Value))
        {
            // ادعى القراصنة أنهم تمكنوا من …: what one claims of oneself is a claim of responsibility, not an accusation
            type = ClaimType.Responsibility;
            construction += "+self";
        }
        else if (type != ClaimType.Statement)
        {
            target = Targets.Find(c, contentStart, speaker, phrases, resolver, c.IsCue);
            // what a denial denies is an act (وجود، أي تورط); its target, if any, is an actor
            if (type == ClaimType.Denial && target is not null && !IsActor(c, target)) target = null;
        }
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

    /// <summary>
    /// الأنباء تشير إلى، التقارير تفيد: news, reports and rumours on their own are no actor, so what they
    /// "say" is no claim (a claim needs a named actor; «تقارير وزارة الصحة» names one and stays).
    /// </summary>
    private static bool IsInformationNoun(ClauseContext c, Mention speaker)
    {
        var (first, end) = TokenRange(c.Tokens, speaker.Span);
        return end - first == 1 && speaker.Canonical is null && InformationNouns.Contains(c.Tokens[first].Stem);
    }

    private static readonly HashSet<string> InformationNouns = ["انباء", "اخبار", "تقارير", "معلومات", "شائعات", "شايعات", "مؤشرات", "موشرات", "ارقام", "بيانات", "معطيات"];

    /// <summary>
    /// Where what was said starts: the أن-clause of indirect speech, or a direct quote a colon introduces
    /// (وجاء في البيان الذي نشر على موقع X: «…» — the accused is named inside what was said, not in where
    /// or how it was published), else the content start.
    /// </summary>
    private static int SaidFrom(ClauseContext c, ContentSpan content)
    {
        if (content.Quote is not { } q) return content.FirstToken;
        int i = content.FirstToken;
        while (i < content.EndToken && c.Tokens[i].End <= q.Start) i++;
        if (!content.Direct) return i < content.EndToken ? i : content.FirstToken; // أكد في بيان أصدرته السفارة أن …: the أن-clause
        // only a quote introduced by a colon is all that was said; a quoted phrase mid-sentence is not
        int before = i - 1;
        while (before > content.FirstToken && c.Tokens[before].Kind == TokenKind.Quote) before--;
        return i < content.EndToken && before >= content.FirstToken && c.Tokens[before].Text is ":" ? i : content.FirstToken;
    }

    private bool IsActor(ClauseContext c, Mention m)
    {
        var (first, _) = TokenRange(c.Tokens, m.Span);
        return m.Source is "gazetteer" or "ner" || first < c.Tokens.Count && resolver.IsKnown(c.Tokens, first) && !phrases.IsNonSubject(c.Tokens[first]);
    }

    private static (int First, int End) TokenRange(List<Token> tokens, TextSpan span)
    {
        int first = 0;
        while (first < tokens.Count && tokens[first].End <= span.Start) first++;
        int end = first;
        while (end < tokens.Count && tokens[end].Start < span.End) end++;
        return (first, end);
    }

    /// <summary>وصفه، تعبيرها، قولهم: a noun carrying a pronoun (with ة written as ة, not a pronoun ه).</summary>
    private static bool HasPronounSuffix(Token t)
    {
        var n = t.Norm;
        bool ha = n.EndsWith("ها", StringComparison.Ordinal) || n.EndsWith("هم", StringComparison.Ordinal);
        bool h = n.EndsWith('ه') && !t.Text.EndsWith('ة');
        return n.Length >= 4 && (ha || h);
    }

    /// <summary>
    /// ادعى/زعم أنني، أننا، أنهم: the claimer speaks of itself (a plural pronoun after these verbs takes up their
    /// plural subject), so it claims a deed of its own rather than blaming another.
    /// </summary>
    private static bool IsSelfClaim(ClauseContext c, ContentSpan content)
    {
        if (c.Cue.Entry.Lemma is not ("ادعى" or "زعم") || c.Cue.Entry.Class != CueClass.Verb) return false;
        // the أن-clause within the first four words (زعمت الجماعة في بيان أننا …)
        for (int i = content.FirstToken, words = 0; i < content.EndToken && words < 4; i++)
        {
            if (!c.Tokens[i].IsWord) continue;
            if (SelfPronouns.Contains(c.Tokens[i].Norm)) return true;
            if (c.Tokens[i].Norm is "ان" or "بان" || c.Tokens[i].Norm.StartsWith("ان", StringComparison.Ordinal) && c.Tokens[i].Norm.Length <= 4) return false;
            words++;
        }
        return false;
    }

    private static readonly HashSet<string> SelfPronouns = ["انني", "اننا", "انهم", "بانهم", "باننا", "بانني"];

    private static int WordCount(List<Token> tokens, ContentSpan c)
    {
        int n = 0;
        for (int i = c.FirstToken; i < c.EndToken; i++) if (tokens[i].IsWord || tokens[i].Kind == TokenKind.Number) n++;
        return n;
    }

}
