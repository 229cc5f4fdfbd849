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
public sealed class ClaimGrammar(CueLexicon cues, NounPhrases phrases, MentionResolver resolver, ContentTyper typer)
{
    /// <summary>Finds the claims of a document (does not change it).</summary>
    public List<Claim> Predict(Document d)
    {
        var claims = new List<Claim>();
        Mention? previous = null;
        var cueAt = CueIndex(d);
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
                    if (OpensClause(d, found[j])) { clauseEnd = found[j].TokenIndex; break; }
                }
                var ctx = new ClauseContext(d, s, found[k], clauseEnd, sentenceSpeaker, previous, cueAt);
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
        return claims;
    }

    /// <summary>Every token's cue match, computed once per document (outside quotations only).</summary>
    private CueMatch?[] CueIndex(Document d)
    {
        var cueAt = new CueMatch?[d.Tokens.Count];
        int q = 0;
        var quotes = d.Quotations.OrderBy(x => x.Inner.Start).ToList();
        for (int i = 0; i < d.Tokens.Count; i++)
        {
            if (!d.Tokens[i].IsWord) continue;
            if (InsideQuotation(quotes, ref q, d.Tokens[i].Start)) continue;
            cueAt[i] = cues.Match(d.Tokens, i);
        }
        return cueAt;
    }

    private List<CueMatch> FindCues(Document d, Sentence s, CueMatch?[] cueAt)
    {
        var list = new List<CueMatch>();
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (cueAt[i] is not { } m) continue;
            // a cue right after another is its object (تنفي شنّ هجوم); after أبو/بن it is a name (أبو طالب)
            if (i > s.FirstToken && (list.Count > 0 && list[^1].TokenIndex == i - 1 || NamePrefixes.Contains(d.Tokens[i - 1].Norm))) continue;
            if (IsRelativeClause(d, s, m) || IsNegated(d, s, m)) continue;
            list.Add(m);
        }
        return list;
    }

    /// <summary>«وجاء ذلك في/بحسب …» only names the source of what was just reported: no new claim.</summary>
    private static bool RefersBack(Document d, Sentence s) =>
        s.TokenCount > 2 && d.Tokens[s.FirstToken].Stem is "جاء" && d.Tokens[s.FirstToken + 1].Norm is "ذلك" or "هذا";

    /// <summary>
    /// A cue opens a new clause (and ends the one before) when it is a participle or source phrase, or
    /// a verb joined by و/ف or after punctuation. A bare verb inside reported content
    /// (ذكرت أن إدارة القناة تنفي ذلك) is nested speech: the outer content runs on over it.
    /// </summary>
    private static bool OpensClause(Document d, CueMatch m)
    {
        if (m.Entry.Class is CueClass.Participle or CueClass.Source) return true;
        if (m.Entry.Class == CueClass.Noun) return false;
        if (m.Prefix.Length > 0) return true;
        var prev = m.TokenIndex > 0 ? d.Tokens[m.TokenIndex - 1] : null;
        return prev is null || !prev.IsWord;
    }

    /// <summary>
    /// An imperfect verb straight after a noun in mid-sentence describes that noun (خبر كاذب يزعم …,
    /// «a false report that claims»): it is not a new reporting clause.
    /// </summary>
    private bool IsRelativeClause(Document d, Sentence s, CueMatch m)
    {
        if (m.Entry.Class != CueClass.Verb || m.Prefix.Length > 0 || m.TokenIndex - s.FirstToken < 6) return false;
        var form = m.Entry.Form;
        if (form.Length < 3 || form[0] is not ('ي' or 'ت')) return false;
        var prev = d.Tokens[m.TokenIndex - 1];
        return prev.IsWord && !phrases.IsFunctionWord(prev) && !resolver.IsKnown(d.Tokens, m.TokenIndex - 1);
    }

    /// <summary>A negated verb (لم يطلب، لن يتهم) reports what was not said: no claim.</summary>
    private static bool IsNegated(Document d, Sentence s, CueMatch m) =>
        m.Entry.Class == CueClass.Verb && m.Prefix.Length == 0 && m.TokenIndex > s.FirstToken
        && d.Tokens[m.TokenIndex - 1].Norm is "لم" or "لن" or "لا" or "ما" or "ولم" or "ولن" or "ولا";

    private static readonly HashSet<string> NamePrefixes = ["ابو", "ابي", "بن", "ابن", "بنت", "عبد", "ام"];

    /// <summary>Whether a position lies inside a quotation; <paramref name="q"/> walks the sorted quotations forward.</summary>
    private static bool InsideQuotation(List<Quotation> sorted, ref int q, int position)
    {
        while (q < sorted.Count && sorted[q].Inner.End <= position) q++;
        for (int k = q; k < sorted.Count && sorted[k].Inner.Start <= position; k++)
        {
            if (sorted[k].Inner.Contains(position)) return true;
        }
        return false;
    }

    private static bool IsCue(ClauseContext c, int i) => c.CueAt[i] is { Entry.Class: not CueClass.Noun };

    private Claim? Build(ClauseContext c)
    {
        var (speaker, contentStart, construction) = c.Cue.Entry.Class switch
        {
            CueClass.Verb => VerbSpeaker(c),
            CueClass.Source => SourceSpeaker(c),
            CueClass.Participle => (c.SentenceSpeaker ?? MainSubject(c) ?? c.PreviousSpeaker, c.Cue.TokenIndex + 1, "participle"),
            _ => NounSpeaker(c),
        };
        if (speaker is null) return null;
        if (IsSpeechNoun(speaker))
        {
            // بيان وزارة الخارجية: the body that issued it; البيان alone: whoever issued it, the earlier speaker
            var (first, end) = TokenRange(c.Tokens, speaker.Span);
            if (end - first >= 2 && phrases.CanOpen(c.Tokens[first + 1])) speaker = resolver.Resolve(c.Document, first + 1, end, "grammar");
            else if (c.Continued is not null) speaker = c.Continued;
            else return null;
        }
        var content = ClaimContent.Find(c, contentStart, construction == "source-after");
        if (content is null || WordCount(c.Tokens, content.Value) < (c.Cue.Entry.Type is ClaimType.Denial or ClaimType.Condemnation ? 1 : 2) && content.Value.Quote is null) return null;
        var type = c.Cue.Entry.Type;
        Mention? target = null;
        if (type == ClaimType.Statement && typer.TypeOf(c.Tokens, content.Value.FirstToken, content.Value.EndToken) is { } retyped)
        {
            // typed by what it says: an accusation needs someone accused in it, else it stays a statement
            target = (c.Cue.Suffix.Length > 0 ? Targets.Antecedent(c, speaker, phrases, resolver) : null)
                ?? Targets.Known(c, content.Value.FirstToken, content.Value.EndToken, speaker, phrases, resolver);
            if (retyped != ClaimType.Accusation || target is not null) type = retyped;
            construction += "+content";
        }
        else if (type != ClaimType.Statement)
        {
            target = Targets.Find(c, contentStart, speaker, phrases, resolver, i => IsCue(c, i));
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

    private bool IsActor(ClauseContext c, Mention m)
    {
        var (first, _) = TokenRange(c.Tokens, m.Span);
        return m.Source is "gazetteer" or "ner" || first < c.Tokens.Count && resolver.IsKnown(c.Tokens, first) && !phrases.IsNonSubject(c.Tokens[first]);
    }

    private static (int First, int End) TokenRange(IReadOnlyList<Token> tokens, TextSpan span)
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

    private static int WordCount(IReadOnlyList<Token> tokens, ContentSpan c)
    {
        int n = 0;
        for (int i = c.FirstToken; i < c.EndToken; i++) if (tokens[i].IsWord || tokens[i].Kind == TokenKind.Number) n++;
        return n;
    }

    private static readonly HashSet<string> SpeechNouns = ["بيان", "تصريح", "تصريحات", "رساله", "تقرير", "بلاغ", "قول", "وصف", "تعبير"];

    private static bool IsSpeechNoun(Mention m)
    {
        var first = Pipeline.Normalise.ArabicNormalizer.Normalize(m.Text.Split(' ', 2)[0]);
        foreach (var (_, stem, _) in Pipeline.Segment.Clitics.Candidates(first))
            if (SpeechNouns.Contains(ActorGazetteer.Key(stem))) return true;
        return false;
    }

    /// <summary>Subject-first (الصين تنفي), then verb-subject (نفت الصين), else the earlier speaker (وأضاف أن).</summary>
    private (Mention?, int, string) VerbSpeaker(ClauseContext c)
    {
        var d = c.Document;
        int cue = c.Cue.TokenIndex;
        if (PluperfectSubject(c) is { } was)
            return (resolver.Resolve(d, was.First, was.End, "grammar"), cue + 1, "subject-first");
        int floor = SubjectFloor(c);
        if (c.Cue.Prefix.Length == 0 && floor >= 0 && cue > floor
            && phrases.Before(c.Tokens, floor, cue, i => IsCue(c, i)) is { } before)
            return (resolver.Resolve(d, before.First, before.End, "grammar"), cue + 1, "subject-first");
        if (c.Cue.Entry.Lemma == "جاء في" && IssuedBy(c) is { } issuer)
            return (resolver.Resolve(d, issuer.First, issuer.End, "grammar"), issuer.End, "statement-by");
        // ندد بالهجوم: بـ after a condemnation opens its object; قال لوكالة، نسب لفلان: a bare لـ word after
        // any verb is its indirect object, never its subject (known names such as لبنان aside)
        bool objectFollows = cue + 1 < c.ClauseEnd && c.Tokens[cue + 1].IsWord
            && (c.Cue.Entry.Type is ClaimType.Condemnation or ClaimType.Appeal && c.Tokens[cue + 1].Norm.StartsWith('ب')
                || c.Tokens[cue + 1].Norm.StartsWith('ل') && c.Tokens[cue + 1].Prefix.Length == 0 && !resolver.IsKnown(c.Tokens, cue + 1) && c.Tokens[cue + 1].Norm.Length > 3);
        if (!objectFollows && phrases.After(c.Tokens, cue + 1, c.ClauseEnd, i => IsCue(c, i)) is { } after && !phrases.IsNonSubject(c.Tokens[after.First]) && !IsObjectCase(c.Tokens, after.First))
            return (resolver.Resolve(d, after.First, after.End, "grammar"), after.End, "verb-subject");
        return (c.Continued, cue + 1, "continuation");
    }

    /// <summary>
    /// A sound plural in -ين right after the verb is accusative: an object, not the subject
    /// (وطالب المواطنين بعدم … — the speaker is the earlier one). Known actors (الصين، البحرين) are not plurals.
    /// Likewise a noun with an object pronoun attached (ودعت أعضاءها).
    /// </summary>
    private bool IsObjectCase(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.HasArticle && t.Stem.Length >= 6 && t.Stem.EndsWith("ين", StringComparison.Ordinal) && !resolver.IsKnown(tokens, i)) return true;
        // ودعت أعضاءها، ناشد أنصاره: a noun carrying a pronoun right after the verb is its object,
        // unless it is a title or body (رئيسها، حكومته)
        return !t.HasArticle && HasPronounSuffix(t) && !resolver.IsKnown(tokens, i) && !phrases.IsNonSubject(t) && t.Text[^1] != 'ة';
    }

    /// <summary>وجاء في بيان لوزارة الخارجية: the body after the statement noun.</summary>
    private (int First, int End)? IssuedBy(ClauseContext c)
    {
        var tokens = c.Tokens;
        for (int i = c.Cue.TokenIndex + 1; i < Math.Min(c.ClauseEnd, c.Cue.TokenIndex + 4); i++)
        {
            if (!SpeechNouns.Contains(ActorGazetteer.Key(tokens[i].Stem))) continue;
            int j = i + 1;
            if (j < c.ClauseEnd && tokens[j].IsWord && tokens[j].Norm is "ل" or "لـ") j++;
            if (j >= c.ClauseEnd || !tokens[j].IsWord || phrases.IsFunctionWord(tokens[j])) return null;
            int end = j + 1;
            while (end < c.ClauseEnd && end - j < NounPhrases.MaxWords && tokens[end].IsWord && !phrases.IsFunctionWord(tokens[end]) && !phrases.StartsPrepositionalPhrase(tokens[end]))
                end++;
            return (j, end);
        }
        return null;
    }

    /// <summary>وكان وزير الخارجية قد اتهم …: the subject sits between كان and قد.</summary>
    private (int First, int End)? PluperfectSubject(ClauseContext c)
    {
        var tokens = c.Tokens;
        int cue = c.Cue.TokenIndex;
        if (cue - 2 < c.Sentence.FirstToken || tokens[cue - 1].Norm != "قد") return null;
        for (int k = cue - 2; k >= c.Sentence.FirstToken && cue - k <= 9; k--)
        {
            if (tokens[k].Norm is "كان" or "كانت" or "وكان" or "وكانت" or "فكان")
                return k + 1 < cue - 1 ? phrases.After(tokens, k + 1, cue - 1, _ => false) is { } np && np.End == cue - 1 ? np : null : null;
        }
        return null;
    }

    /// <summary>
    /// Where a subject placed before its verb may start: the sentence start, or just after a
    /// complementiser (إلا أن البنك أصدر …), at most six words back.
    /// </summary>
    private static int SubjectFloor(ClauseContext c)
    {
        var tokens = c.Tokens;
        for (int i = c.Cue.TokenIndex - 1; i >= c.Sentence.FirstToken && c.Cue.TokenIndex - i <= 7; i--)
        {
            if (tokens[i].IsWord && tokens[i].Norm is "ان" or "بان" or "لان" or "فان") return i + 1;
            if (!tokens[i].IsWord) break;
        }
        return c.Cue.TokenIndex - c.Sentence.FirstToken <= 6 ? c.Sentence.FirstToken : -1;
    }

    /// <summary>
    /// The subject of the sentence's main verb (أنهت الفنانة أصالة الجدل، نافية …): the phrase after the
    /// first word when that word is a bare (verb-like) word.
    /// </summary>
    private Mention? MainSubject(ClauseContext c)
    {
        var tokens = c.Tokens;
        int i = c.Sentence.FirstToken;
        while (i < c.Cue.TokenIndex && !tokens[i].IsWord) i++;
        if (i >= c.Cue.TokenIndex - 1 || tokens[i].HasArticle || phrases.IsFunctionWord(tokens[i]) || resolver.IsKnown(tokens, i)) return null;
        return phrases.After(tokens, i + 1, c.Cue.TokenIndex, j => IsCue(c, j)) is { } np && !phrases.IsNonSubject(tokens[np.First])
            ? resolver.Resolve(c.Document, np.First, np.End, "grammar")
            : null;
    }

    /// <summary>بحسب البيان / وفقا لوزارة الخارجية: the complement is the speaker.</summary>
    private (Mention?, int, string) SourceSpeaker(ClauseContext c)
    {
        int i = c.Cue.TokenIndex + 1;
        var tokens = c.Tokens;
        while (i < c.ClauseEnd && tokens[i].IsWord && (tokens[i].Norm is "ل" or "لـ" or "عن" or "ما" or "لما")) i++;
        if (i >= c.ClauseEnd || !tokens[i].IsWord || phrases.IsFunctionWord(tokens[i]) || phrases.IsNonSubject(tokens[i])) return (null, 0, "");
        // بحسب وصفه، وفقا لقوله: the speaker's own words, not a source; لقواعد السوق: not an actor
        if (HasPronounSuffix(tokens[i]) && !resolver.IsKnown(tokens, i)) return (null, 0, "");
        if (tokens[i].Prefix.Length == 0 && tokens[i].Norm[0] == 'ل' && !resolver.IsKnown(tokens, i)) return (null, 0, "");
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
        // وجدد الوزير إدانته لـ…: the pronoun is the subject of the clause's main verb, else the earlier speaker
        if (c.Cue.Suffix is "ه" or "ها" or "هم" || HasPronounSuffix(c.CueToken)) return (c.SentenceSpeaker ?? MainSubject(c) ?? c.PreviousSpeaker, c.Cue.TokenIndex + 1, "noun-pronoun");
        return (null, 0, "");
    }
}
