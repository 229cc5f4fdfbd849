using System.Collections.Frozen;
using Pipeline.Lexicons;
using Pipeline.Mentions;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>Who speaks: verb-subject and subject-first orders, كان … قد, source phrases, issuers, verbal nouns and continuations.</summary>
public sealed partial class ClaimGrammar
{
    /// <summary>بيان، التصريح، وصفه: the speaker phrase opens with a statement noun.</summary>
    private static bool IsSpeechNoun(ClauseContext c, Mention m) => NounPhrases.IsSpeechNoun(c.Tokens[TokenRange(c.Tokens, m.Span).First]);

    /// <summary>Subject-first (الصين تنفي), then verb-subject (نفت الصين), else the earlier speaker (وأضاف أن).</summary>
    private (Mention?, int, string) VerbSpeaker(ClauseContext c)
    {
        var d = c.Document;
        int cue = c.Cue.TokenIndex;
        if (PluperfectSubject(c) is { } was)
            return (resolver.Resolve(d, was.First, was.End, "grammar"), cue + 1, "subject-first");
        int floor = SubjectFloor(c);
        if (c.Cue.Prefix.Length == 0 && floor >= 0 && cue > floor
            && phrases.Before(c.Tokens, floor, cue, c.IsCue) is { } before)
            return (resolver.Resolve(d, before.First, before.End, "grammar"), cue + 1, "subject-first");
        // «المعلمين» تطالب …: a headline subject in quotation marks
        if (c.Cue.Prefix.Length == 0 && floor >= 0 && cue - floor >= 3 && c.Tokens[floor].Kind == TokenKind.Quote && c.Tokens[cue - 1].Kind == TokenKind.Quote
            && phrases.Before(c.Tokens, floor + 1, cue - 1, c.IsCue) is { } quoted)
            return (resolver.Resolve(d, quoted.First, quoted.End, "grammar"), cue + 1, "subject-first");
        if (c.Cue.Entry.Lemma == "جاء في" && IssuedBy(c) is { } issuer)
            return (resolver.Resolve(d, issuer.First, issuer.End, "grammar"), issuer.End, "statement-by");
        // ندد بالهجوم: بـ after a condemnation opens its object; قال لوكالة، نسب لفلان: a bare لـ word after
        // any verb is its indirect object, never its subject (known names such as لبنان aside)
        // الصين تنفي … وتنتقد حلفاء واشنطن: a verb joined by و/ف to a clause whose subject came first shares
        // that subject (it agrees with it as a pronoun); the phrase after it is its object
        if (c.Cue.Prefix.Length > 0 && c.SentenceSpeaker is { } topic && IsSentenceTopic(c, topic))
            return (topic, cue + 1, "continuation");
        // علّق عليه المتحدث، قال لها الوزير: a pronoun-carrying preposition may stand before the subject
        // (not فيه/فيها: بيانا اتهمت فيه أستراليا — «in which», the subject is the earlier one)
        int subject = cue + 1;
        if (subject + 1 < c.ClauseEnd && PronounPhrases.Contains(c.Tokens[subject].Norm)) subject++;
        // ودانت كل من السعودية والإمارات …: «each of» X and Y is the subject
        if (subject + 2 < c.ClauseEnd && c.Tokens[subject].Norm == "كل" && c.Tokens[subject + 1].Norm == "من")
        {
            int first = subject + 2;
            if (phrases.After(c.Tokens, first, c.ClauseEnd, c.IsCue) is { } one)
            {
                int end = one.End;
                // …والإمارات: the coordinated names are part of it
                while (end < c.ClauseEnd && c.Tokens[end].HasConjunction && phrases.KnownName(c.Tokens, end, c.ClauseEnd) is { } next && next.First == end) end = next.End;
                return (resolver.Resolve(d, first, end, "grammar"), end, "verb-subject");
            }
        }
        bool objectFollows = cue + 1 < c.ClauseEnd && c.Tokens[cue + 1].IsWord
            && (c.Cue.Entry.Type is ClaimType.Condemnation or ClaimType.Appeal && c.Tokens[cue + 1].Norm.StartsWith('ب')
                || c.Tokens[cue + 1].Norm.StartsWith('ل') && c.Tokens[cue + 1].Prefix.Length == 0 && !resolver.IsKnown(c.Tokens, cue + 1) && c.Tokens[cue + 1].Norm.Length > 3);
        if (!objectFollows && phrases.After(c.Tokens, subject, c.ClauseEnd, c.IsCue) is { } after && !phrases.IsNonSubject(c.Tokens[after.First]) && !IsObjectCase(c.Tokens, after.First)
            && !DisagreesInGender(c, after.First))
        {
            int end = NameBeforeComplementiser(c, after.End);
            return (resolver.Resolve(d, after.First, end, "grammar"), end, "verb-subject");
        }
        // وكانت الهيئة قد حجبت الخدمة، وعزت الحجب إلى …: the subject between كان and قد heads the whole sentence
        if (c.SentenceSpeaker is null && c.Cue.Prefix.Length > 0 && SentenceTopic(c) is { } opening)
            return (resolver.Resolve(d, opening.First, opening.End, "grammar"), cue + 1, "continuation");
        return (c.Continued, cue + 1, "continuation");
    }

    /// <summary>
    /// وقالت وزيرة الخارجية الألمانية أنالينا بيربوك إن …: bare words between the subject and إن/أن are
    /// the name the subject's title introduces (a name the person-name list does not know), since what is
    /// said starts at the complementiser. Up to three words, none of them a function word.
    /// </summary>
    private int NameBeforeComplementiser(ClauseContext c, int end)
    {
        var tokens = c.Tokens;
        int k = end;
        if (k >= c.ClauseEnd || !tokens[k].IsWord) return end;
        // قال المتحدث لرويترز إن: a first word on ل is whom it was said to, not a name
        if (tokens[k].Norm.Length > 0 && tokens[k].Norm[0] == 'ل') return end;
        // الناطق باسم الجيش العميد يحيى سريع أن …: a rank or title before the name is part of it
        if (k + 1 < c.ClauseEnd && tokens[k].HasArticle && phrases.IsTitle(tokens[k]) && !tokens[k + 1].HasArticle) k++;
        int name = k;
        while (k < c.ClauseEnd && k - name < 3 && tokens[k].IsWord && !tokens[k].HasArticle && tokens[k].Prefix.Length == 0
               && !phrases.IsFunctionWord(tokens[k]) && !c.IsCue(k) && !ClaimContent.Complementisers.Contains(tokens[k].Norm)) k++;
        return k > name && k < c.ClauseEnd && tokens[k].IsWord && ClaimContent.Complementisers.Contains(tokens[k].Norm) ? k : end;
    }

    /// <summary>The subject of a sentence that opens with كان … قد (وكانت الهيئة قد حجبت …), when the cue comes after it.</summary>
    private (int First, int End)? SentenceTopic(ClauseContext c)
    {
        var tokens = c.Tokens;
        int k = c.Sentence.FirstToken;
        if (k >= c.Cue.TokenIndex || tokens[k].Norm is not ("كان" or "كانت" or "وكان" or "وكانت")) return null;
        for (int q = k + 2; q < c.Cue.TokenIndex - 1 && q - k <= 9; q++)
        {
            if (tokens[q].Norm != "قد") continue;
            return phrases.After(tokens, k + 1, q, _ => false) is { } np && np.End == q ? np : null;
        }
        return null;
    }

    /// <summary>
    /// نسب لفلان قوله: «…» / نسب إلى الوزير: "…": the one the words are attributed to (a لـ or إلى phrase
    /// followed by قوله، a colon or a quotation mark) and where the words start; null otherwise.
    /// </summary>
    private (Mention?, int) AttributedSpeech(ClauseContext c, int start)
    {
        var tokens = c.Tokens;
        int i = start;
        if (i < c.ClauseEnd && tokens[i].Norm is "الي" or "ل") i++;
        else if (i >= c.ClauseEnd || !tokens[i].Norm.StartsWith('ل') || tokens[i].Norm.Length < 4) return (null, start);
        int end = i + 1;
        while (end < c.ClauseEnd && end - i < 4 && tokens[end].IsWord && !tokens[end].Norm.StartsWith("قول", StringComparison.Ordinal) && !phrases.IsFunctionWord(tokens[end])) end++;
        if (end >= c.ClauseEnd) return (null, start);
        bool words = tokens[end].Norm.StartsWith("قول", StringComparison.Ordinal) || tokens[end].Text is ":" || tokens[end].Kind == TokenKind.Quote;
        if (!words) return (null, start);
        var who = resolver.Resolve(c.Document, i, end, "grammar");
        if (tokens[i].Norm.StartsWith('ل') && !tokens[i].Norm.StartsWith("لل", StringComparison.Ordinal) && tokens[i - 1].Norm is not ("الي" or "ل") && who.Start == tokens[i].Start)
            who = who with { Start = tokens[i].Start + 1, Text = c.Document.Text[(tokens[i].Start + 1)..who.End] }; // لتشيفرين: the name after لـ
        return (who, end);
    }

    /// <summary>The sentence opens with <paramref name="topic"/> and an earlier cue verb of the sentence follows it.</summary>
    private static bool IsSentenceTopic(ClauseContext c, Mention topic)
    {
        var tokens = c.Tokens;
        int first = c.Sentence.FirstToken;
        while (first < c.Cue.TokenIndex && !tokens[first].IsWord) first++;
        if (first >= c.Cue.TokenIndex || topic.Start != tokens[first].Start) return false;
        for (int i = first + 1; i < c.Cue.TokenIndex; i++)
            if (tokens[i].Start >= topic.End && c.CueAt[i] is { Entry.Class: CueClass.Verb }) return true;
        return false;
    }

    private static readonly HashSet<string> PronounPhrases = ["عليه", "عليها", "عليهم", "له", "لها", "لهم", "اليه", "اليها", "اليهم", "منه", "منها"];

    /// <summary>
    /// A sound plural in -ين right after the verb is accusative: an object, not the subject
    /// (وطالب المواطنين بعدم … — the speaker is the earlier one). Known actors (الصين، البحرين) are not plurals.
    /// Likewise a noun with an object pronoun attached (ودعت أعضاءها).
    /// </summary>
    private bool IsObjectCase(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.HasArticle && t.Stem.Length >= 6 && t.Stem.EndsWith("ين", StringComparison.Ordinal) && !resolver.IsKnown(tokens, i)) return true;
        // ودعت أعضاءها، ناشد أنصاره: a noun carrying a pronoun right after the verb is its object,
        // unless it is a title or body (رئيسها، حكومته)
        return !t.HasArticle && HasPronounSuffix(t) && !resolver.IsKnown(tokens, i) && !phrases.IsNonSubject(t) && t.Text[^1] != 'ة';
    }

    /// <summary>
    /// A feminine perfect verb (عزت، قالت) cannot have a bare trilateral masculine noun as its subject
    /// (وعزت الحجب إلى …: الحجب is the object, the subject is the earlier speaker). Only فَعْل-type
    /// definite nouns of three letters without ة are taken as surely masculine singular; known actors
    /// (names of states and bodies may be feminine) never are.
    /// </summary>
    private bool DisagreesInGender(ClauseContext c, int first)
    {
        var form = c.Cue.Entry.Form;
        if (c.Cue.Entry.Class != CueClass.Verb || form.Length < 3 || !form.EndsWith('ت') || form[0] is 'ي' or 'ت' or 'ن') return false;
        var t = c.Tokens[first];
        return t.HasArticle && t.Stem.Length == 3 && !t.Text.EndsWith('ة') && !resolver.IsKnown(c.Tokens, first);
    }

    /// <summary>وجاء في بيان لوزارة الخارجية: the body after the statement noun.</summary>
    private (int First, int End)? IssuedBy(ClauseContext c)
    {
        var tokens = c.Tokens;
        for (int i = c.Cue.TokenIndex + 1; i < Math.Min(c.ClauseEnd, c.Cue.TokenIndex + 4); i++)
        {
            if (!NounPhrases.IsSpeechNoun(tokens[i])) continue;
            int j = i + 1;
            if (j < c.ClauseEnd && tokens[j].IsWord && tokens[j].Norm is "ل" or "لـ") j++;
            if (j >= c.ClauseEnd || !tokens[j].IsWord || phrases.IsFunctionWord(tokens[j])) return null;
            return phrases.Opened(tokens, j, c.ClauseEnd);
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
            {
                if (k + 1 >= cue - 1) return null;
                if (phrases.After(tokens, k + 1, cue - 1, _ => false) is { } np && np.End == cue - 1) return np;
                // كان … قد: all that stands between them is the subject (صحيفة "الحياة" الواسعة الانتشار)
                bool plain = phrases.CanOpen(tokens[k + 1]) && cue - 1 - (k + 1) <= NounPhrases.MaxWords;
                for (int j = k + 1; plain && j < cue - 1; j++) plain = tokens[j].IsWord && !phrases.IsFunctionWord(tokens[j]) || tokens[j].Kind == TokenKind.Quote;
                return plain ? (k + 1, cue - 1) : null;
            }
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
            // إنّ and its sisters (لكنّ) take a nominal subject: لكن الخبراء يتهمون …
            if (tokens[i].IsWord && tokens[i].Norm is "ان" or "بان" or "لان" or "فان" or "لكن" or "ولكن") return i + 1;
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
        // a lead-in that is no Arabic word (a date line, a number) is not the main verb
        while (i < c.Cue.TokenIndex && (!tokens[i].IsWord || !IsArabic(tokens[i]))) i++;
        if (i >= c.Cue.TokenIndex - 1 || tokens[i].HasArticle || phrases.IsFunctionWord(tokens[i]) || resolver.IsKnown(tokens, i)) return null;
        return phrases.After(tokens, i + 1, c.Cue.TokenIndex, c.IsCue) is { } np && !phrases.IsNonSubject(tokens[np.First])
            ? resolver.Resolve(c.Document, np.First, np.End, "grammar")
            : null;
    }

    private static bool IsArabic(Token t) => t.Text.Length > 0 && t.Text[0] is >= '\u0600' and <= '\u06FF';

    /// <summary>بحسب البيان / وفقا لوزارة الخارجية: the complement is the speaker.</summary>
    private (Mention?, int, string) SourceSpeaker(ClauseContext c)
    {
        var tokens = c.Tokens;
        int i = SourceComplement(c.Document, c.Cue.TokenIndex, c.ClauseEnd);
        if (i < 0) return (null, 0, "");
        var (_, end) = phrases.Opened(tokens, i, c.ClauseEnd);
        var speaker = resolver.Resolve(c.Document, i, end, "grammar");
        bool atStart = c.Cue.TokenIndex - c.Sentence.FirstToken <= 2;
        return (speaker, atStart ? end : c.Sentence.FirstToken, atStart ? "source-before" : "source-after");
    }

    /// <summary>
    /// Where the speaker of a source phrase starts (بحسب البيان، وفقا لوزارة الصحة، نقلا عن مصادر), or -1
    /// when its complement is no speaker: the speaker's own words (بحسب وصفه، وفقا لقوله) or a
    /// norm it follows (وفقا للقانون، طبقا لدورها، وفقا لمواثيق العمل). A speaker is a known actor or
    /// head word, a statement noun (بحسب بيان) or a name the entity model found.
    /// </summary>
    private int SourceComplement(Document d, int cue, int limit)
    {
        var tokens = d.Tokens;
        int i = cue + 1;
        while (i < limit && tokens[i].IsWord && (tokens[i].Norm is "ل" or "لـ" or "عن" or "ما" or "لما")) i++;
        if (i >= limit || !tokens[i].IsWord || phrases.IsFunctionWord(tokens[i]) || phrases.IsNonSubject(tokens[i])) return -1;
        bool known = resolver.IsKnown(tokens, i);
        // وفقا لما ذكرته الصحيفة، بحسب ما نقلت وكالة رويترز: a verb follows ما (its object pronoun refers
        // to what was reported), and its subject is the speaker
        if (tokens[i - 1].Norm is "ما" or "لما" && !known && !tokens[i].HasArticle && tokens[i].Prefix.Length == 0
            && i + 1 < limit && phrases.CanOpen(tokens[i + 1]) && !phrases.IsNonSubject(tokens[i + 1]))
            return i + 1;
        if (HasPronounSuffix(tokens[i]) && !known) return -1;
        if (tokens[i].Prefix.Length == 0 && tokens[i].Norm[0] == 'ل' && !known) return -1;
        if (tokens[i - 1].Norm is "ما" or "لما") return i;
        return known || NounPhrases.IsSpeechNoun(tokens[i]) || IsEntity(d, tokens[i]) ? i : -1;
    }

    /// <summary>A token inside a name the entity model or gazetteer found (رويترز، محمد علي).</summary>
    private static bool IsEntity(Document d, Token t) =>
        d.Mentions.Any(m => m.Start < t.End && t.Start < m.End && m.Kind is not MentionKind.OTHER);

    /// <summary>
    /// نفت الصين، معتبرة على لسان سفارتها في نيوزيلندا أن …: «on the tongue of» names who actually
    /// spoke for the subject; that body (with its place: سفارتها في X) is the speaker and the content follows it.
    /// </summary>
    private (Mention?, int) Mouthpiece(ClauseContext c, int start)
    {
        var tokens = c.Tokens;
        int i = start;
        while (i < c.ClauseEnd && tokens[i].Text is "،" or ",") i++;
        if (i + 2 >= c.ClauseEnd || tokens[i].Norm != "علي" || tokens[i + 1].Norm != "لسان") return (null, start);
        if (phrases.After(tokens, i + 2, c.ClauseEnd, c.IsCue) is not { } np) return (null, start);
        int end = np.End;
        if (end + 1 < c.ClauseEnd && tokens[end].Norm == "في" && phrases.KnownName(tokens, end + 1, c.ClauseEnd) is { } place) end = place.End;
        return (resolver.Resolve(c.Document, np.First, end, "grammar"), end);
    }

    /// <summary>إدانته لـ… (the earlier speaker's act) or a verbal noun with its agent after it (اتهامات واشنطن).</summary>
    /// <summary>The phrase between عن and the cue (نقلت … عن <b>مصدر أمني</b> قوله), or null.</summary>
    private Mention? QuotedFrom(ClauseContext c)
    {
        var tokens = c.Tokens;
        for (int k = c.Cue.TokenIndex - 1; k > c.Sentence.FirstToken && c.Cue.TokenIndex - k <= NounPhrases.MaxWords + 1; k--)
        {
            if (!tokens[k].IsWord) return null;
            if (tokens[k].Norm != "عن") continue;
            return k + 1 < c.Cue.TokenIndex && phrases.After(tokens, k + 1, c.Cue.TokenIndex, c.IsCue) is { } np && np.End == c.Cue.TokenIndex
                ? resolver.Resolve(c.Document, np.First, np.End, "grammar")
                : null;
        }
        return null;
    }

    private (Mention?, int, string) NounSpeaker(ClauseContext c)
    {
        // ونقلت الوكالة عن المتحدث باسم الخارجية قوله إن …: whose saying is reported is the one after عن
        if (c.Cue.Entry.Lemma == "قال" && QuotedFrom(c) is { } source) return (source, c.Cue.TokenIndex + 1, "noun-quoted-from");
        // وجدد الوزير إدانته لـ…: the pronoun is the subject of the clause's main verb, else the earlier speaker
        if (c.Cue.Suffix is "ه" or "ها" or "هم" || HasPronounSuffix(c.CueToken)) return (c.SentenceSpeaker ?? MainSubject(c) ?? c.PreviousSpeaker, c.Cue.TokenIndex + 1, "noun-pronoun");
        return (null, 0, "");
    }
}
