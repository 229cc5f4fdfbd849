using Pipeline.Normalise;
using Pipeline.Lexicons;
using Pipeline.Mentions;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// The target of an accusation, condemnation, appeal or denial: the object phrase after the speaker
/// (اتهم X <b>Y</b> بـ…، دعا X <b>Y</b> إلى…، ندد X <b>بـY</b>), else the first known actor in the clause.
/// </summary>
public static class Targets
{
    public static Mention? Find(ClauseContext c, int start, Mention speaker, NounPhrases phrases, MentionResolver resolver, Func<int, bool> isCue)
    {
        var tokens = c.Tokens;
        int p = start;
        while (p < c.ClauseEnd && tokens[p].Text is "،" or ",") p++; // شن الوزير، هجوما على …
        if (AttributionVerbs.Contains(c.Cue.Entry.Lemma) && AttributedTo(c, p, speaker, phrases, resolver, isCue) is { } blamed) return blamed;
        // شنّ هجوما على X، حمّل المسؤولية لـ X: when the required noun comes first, the target follows it and its preposition
        if (c.Cue.Entry.Requires.Length > 0)
        {
            int q = p;
            while (q < c.ClauseEnd && q - p < 4 && tokens[q].IsWord && !CueLexicon.Satisfies(tokens[q], c.Cue.Entry.Requires)) q++;
            if (q == p && q < c.ClauseEnd && tokens[q].IsWord)
            {
                p = q + 1;
                // جدد دعوته إلى الحوار: after a renewed call إلى opens what is called for, not whom
                // شنّ هجوما حادا على …: the adjectives of the required noun come before its preposition
                while (p < c.ClauseEnd && p - q <= 2 && tokens[p].IsWord && tokens[p].Prefix.Length == 0 && tokens[p].Norm.Length > 3 && tokens[p].Norm.EndsWith('ا')
                    && !phrases.IsFunctionWord(tokens[p])) p++;
                if (c.Cue.Entry.Type == ClaimType.Appeal && p < c.ClauseEnd && tokens[p].Norm == "الي") return null;
                // جددت دعوتها للمجتمع الدولي: whom the call is to comes with لـ
                if (c.Cue.Entry.Type == ClaimType.Appeal && p < c.ClauseEnd && tokens[p].IsWord && tokens[p].Norm.StartsWith('ل') && tokens[p].Norm.Length > 3
                    && !phrases.IsFunctionWord(tokens[p]) && !Overlaps(tokens, (p, p + 1), speaker))
                    return resolver.Resolve(c.Document, p, WithAdjectives(tokens, p + 1, c.ClauseEnd), "grammar");
                while (p < c.ClauseEnd && tokens[p].Norm is "علي" or "ضد" or "بحق" or "تجاه" or "الي" or "ل") p++;
            }
            // وجّهت النيابة إلى المتهمين تهمة …: the preposition and its object may come before the required noun
            else if (q > p && q < c.ClauseEnd && p + 1 < q && tokens[p].Norm is "الي" or "ضد" or "بحق") p++;
        }
        // skip the commas and time words between the speaker and the object (، اليوم السبت،)
        while (p < c.ClauseEnd && p - start < 5 && (tokens[p].Kind == TokenKind.Quote || tokens[p].Kind == TokenKind.Punctuation && tokens[p].Text is "،" or "," or ":" || TimeWords.Contains(tokens[p].Norm) || Resumptive.Contains(tokens[p].Norm)))
            p++;
        // طلب من X أن/مصدر: the one asked comes with من
        if (c.Cue.Entry.Lemma == "طلب" && p + 1 < c.ClauseEnd && tokens[p].Norm == "من") p++;
        // ندد بما وصفه بالعدوان، أدان ما اعتبره انتهاكا: what the speaker called it is the object
        if (p + 2 < c.ClauseEnd && tokens[p].Norm is "بما" or "ما" && DescribedAs(tokens[p + 1]) && tokens[p + 2].IsWord)
            return resolver.Resolve(c.Document, p + 2, WithAdjectives(tokens, p + 3, c.ClauseEnd), "grammar");
        bool relative = p < c.ClauseEnd && tokens[p].Norm is "بما" or "لما" or "مما" or "عما"; // «بما» alone is no one
        // the pronoun on a verb is its object (اتهموها); on a verbal noun it is the agent (اتهاماتها)
        bool pronounObject = c.Cue.Suffix.Length > 0 && c.Cue.Entry.Class != CueClass.Noun || (p < c.ClauseEnd && tokens[p].Norm is "اياه" or "اياها" or "اياهم");
        if (!pronounObject && !relative && p < c.ClauseEnd && tokens[p].IsWord && !phrases.IsFunctionWord(tokens[p]))
        {
            bool prepositional = tokens[p].Prefix.StartsWith('ب') || phrases.StartsPrepositionalPhrase(tokens[p]);
            // اتهاماتها للمعارضة، انتقاده لإسرائيل: a verbal noun takes its object with لـ
            if (c.Cue.Entry.Class == CueClass.Noun && tokens[p].Norm.StartsWith('ل') && (tokens[p].Prefix.StartsWith('ل') || prepositional) && !Overlaps(tokens, (p, p + 1), speaker))
                return resolver.Resolve(c.Document, p, WithAdjectives(tokens, p + 1, c.ClauseEnd), "grammar");
            // أهاب بالمواطنين: a verb whose addressee comes with بـ (بتلك المواقع، بجميع المواطنين: the phrase after the determiner)
            bool byObject = tokens[p].Norm.StartsWith('ب') && tokens[p].Norm.Length > 3 && ByObjectVerbs.Contains(c.Cue.Entry.Lemma);
            if (byObject && ByDeterminers.Contains(tokens[p].Norm[1..]) && phrases.After(tokens, p + 1, c.ClauseEnd, isCue) is { } det)
                return resolver.Resolve(c.Document, p, det.End, "grammar");
            prepositional |= byObject;
            // ندد بالهجوم: the object of a condemnation may come with بـ; اتهمه بالوقوف: بـ opens the content
            (int First, int End)? np = !prepositional ? phrases.After(tokens, p, c.ClauseEnd, isCue)
                : c.Cue.Entry.Type == ClaimType.Condemnation ? phrases.Opened(tokens, p, c.ClauseEnd)
                : byObject ? (p, WithAdjectives(tokens, p + 1, c.ClauseEnd)) : null;
            if (np is { } n0 && !prepositional)
            {
                // اتهم X شركةً أجنبية بخرق …: the بـ word opens what the target is accused of or called to do
                int e = n0.First + (c.Cue.Entry.Type == ClaimType.Condemnation ? 1 : 0);
                while (e < n0.End && !(tokens[e].Norm.StartsWith('ب') && (tokens[e].Norm.Length > 3 || ShortByNouns.Contains(tokens[e].Norm)) && !resolver.IsKnown(tokens, e))) e++;
                np = (n0.First, e);
            }
            if (np is { } n && n.End > n.First && !Overlaps(tokens, n, speaker))
                return resolver.Resolve(c.Document, n.First, n.End, "grammar");
        }
        if (pronounObject && Antecedent(c, speaker, phrases, resolver) is { } antecedent)
            return antecedent; // اتهموها: the pronoun's antecedent, the last actor named before the cue
        foreach (var m in c.Document.Mentions)
        {
            if (m.Start >= tokens[Math.Min(start, tokens.Count - 1)].Start && m.End <= EndOf(c) && !m.Span.Overlaps(speaker.Span))
                return m;
        }
        return null;
    }

    /// <summary>بشنّ، بدسّ، بصدّ، بمدّ، بسدّ: بـ and a two-letter (doubled) verbal noun, what the target is accused of (اتهم X بشن غارات).</summary>
    private static readonly HashSet<string> ShortByNouns = ["بشن", "بدس", "بصد", "بمد", "بسد"];

    /// <summary>وصفه، وصفته، وصفوها، اعتبره، سماه: the verb of «what X called …».</summary>
    private static bool DescribedAs(Token t) =>
        t.IsWord && (t.Norm.StartsWith("وصف", StringComparison.Ordinal) || t.Norm.StartsWith("اعتبر", StringComparison.Ordinal)
            || t.Norm.StartsWith("سما", StringComparison.Ordinal) || t.Norm.StartsWith("اسما", StringComparison.Ordinal));

    public static Mention? Antecedent(ClauseContext c, Mention speaker, NounPhrases phrases, MentionResolver resolver)
    {
        // the last actor phrase named before the cue, taken whole (وزير الخارجية الفرنسي, not its last word)
        Mention? last = null;
        int i = c.Sentence.FirstToken;
        while (i < c.Cue.TokenIndex && Known(c, i, c.Cue.TokenIndex, speaker, phrases, resolver) is { } m)
        {
            last = m;
            while (i < c.Cue.TokenIndex && c.Tokens[i].Start < m.End) i++;
        }
        return last;
    }

    /// <summary>The first known actor or titled/described person or body (الحكم، الحكومة الصينية) among the tokens.</summary>
    public static Mention? Known(ClauseContext c, int first, int end, Mention speaker, NounPhrases phrases, MentionResolver resolver)
    {
        var tokens = c.Tokens;
        for (int i = first; i < end; i++)
        {
            if (!tokens[i].IsWord || tokens[i].Span.Overlaps(speaker.Span) || phrases.IsFunctionWord(tokens[i])) continue;
            // بيان صحفي: a statement noun and the adjective after it name no one
            if (NounPhrases.IsSpeechNoun(tokens[i]))
            {
                if (NamePossessor(tokens, i, end, speaker, phrases) is int name) return resolver.Resolve(c.Document, name, name + 1, "grammar");
                continue;
            }
            if (IsNisbaAfterNoun(tokens, i, phrases, resolver)) continue;
            if (!resolver.IsKnown(tokens, i))
            {
                // a person or body the entity model found (تصريحات قرداحي)
                if (NerMention(c.Document, tokens[i]) is { } ner && !ner.Span.Overlaps(speaker.Span)) return ner;
                continue;
            }
            var np = phrases.KnownName(tokens, i, end) ?? phrases.After(tokens, i, end, _ => false) ?? (i, i + 1);
            var m = resolver.Resolve(c.Document, np.First, np.End, "grammar");
            if (m.Kind != MentionKind.OTHER && !SameActor(m, speaker)) return m;
        }
        return null;
    }

    /// <summary>
    /// An indefinite nisba right after an indefinite common noun qualifies it (بيان صحفي، مصدر أمني، مؤتمر
    /// صحفي): it is an adjective even when the same word names a person elsewhere (صحفي، journalist).
    /// </summary>
    private static bool IsNisbaAfterNoun(List<Token> tokens, int i, NounPhrases phrases, MentionResolver resolver)
    {
        var t = tokens[i];
        if (i == 0 || t.HasArticle || t.Prefix.Length > 0 || !t.Norm.EndsWith('ي') || t.Norm.Length < 4) return false;
        var prev = tokens[i - 1];
        return prev.IsWord && !prev.HasArticle && !phrases.IsFunctionWord(prev) && (!resolver.IsKnown(tokens, i - 1) || NounPhrases.IsSpeechNoun(prev));
    }

    /// <summary>
    /// تصريحات قرداحي: after a plural speech noun (…ات) a bare word not in ة is its possessor, a name — an adjective
    /// of a non-human plural would be feminine (تصريحات صحفية).
    /// </summary>
    private static int? NamePossessor(List<Token> tokens, int i, int end, Mention speaker, NounPhrases phrases)
    {
        // the head of a construct (إضافة) has no article: التصريحات تمر is a clause, not a possessor
        if (tokens[i].HasArticle || !tokens[i].Stem.EndsWith("ات", StringComparison.Ordinal) || i + 1 >= end) return null;
        var next = tokens[i + 1];
        bool bare = next.IsWord && next.Prefix.Length == 0 && next.Suffix.Length == 0 && next.Norm.Length >= 3;
        bool feminineOrPlural = next.Text.EndsWith('ة') || next.Norm.EndsWith("ات", StringComparison.Ordinal) || next.Norm.EndsWith('ه');
        return bare && !feminineOrPlural && !phrases.IsFunctionWord(next) && !next.Span.Overlaps(speaker.Span) ? i + 1 : null;
    }

    /// <summary>The speaker named again (يعرب نادي التعاون … in the club's own statement) is not its own target.</summary>
    private static bool SameActor(Mention m, Mention speaker) =>
        m.Canonical is not null && m.Canonical == speaker.Canonical
        || ActorGazetteer.Key(ArabicNormalizer.Normalize(m.Text)) == ActorGazetteer.Key(ArabicNormalizer.Normalize(speaker.Text))
        || speaker.Text.EndsWith(m.Text, StringComparison.Ordinal)
        || RepeatsHead(m, speaker);

    /// <summary>
    /// النادي، إدارة النادي in what نادي التعاون said: a definite noun repeating the speaker's head noun
    /// refers back to the speaker.
    /// </summary>
    private static bool RepeatsHead(Mention m, Mention speaker)
    {
        var speakerWords = ArabicNormalizer.Normalize(speaker.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = ArabicNormalizer.Normalize(m.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (speakerWords.Length < 2 || words.Length == 0) return false;
        var head = speakerWords[0].StartsWith("ال", StringComparison.Ordinal) ? speakerWords[0][2..] : speakerWords[0];
        var last = words[^1];
        return head.Length >= 3 && last.StartsWith("ال", StringComparison.Ordinal) && last[2..] == head;
    }

    private static Mention? NerMention(Document d, Token t)
    {
        foreach (var m in d.Mentions)
        {
            if (m.Source == "ner" && m.Kind is MentionKind.PERSON or MentionKind.ORG && m.Start <= t.Start && t.End <= m.End) return m;
        }
        return null;
    }

    /// <summary>Verbs (by lemma) whose addressee is a بـ object: أهاب بالمواطنين أن …</summary>
    private static readonly HashSet<string> ByObjectVerbs = ["أهاب"];

    /// <summary>
    /// Where a prepositional object ends: the word and the definite nisba adjectives agreeing with it
    /// (للمعارضة السورية), not the verbal noun that follows (بالسائقين | تخفيف السرعة).
    /// </summary>
    private static int WithAdjectives(List<Token> tokens, int end, int limit)
    {
        while (end < limit && tokens[end].IsWord && tokens[end].HasArticle && !tokens[end].HasConjunction
               && (tokens[end].Stem.EndsWith('ي') || tokens[end].Stem.EndsWith("يه", StringComparison.Ordinal) || tokens[end].Stem.EndsWith("يين", StringComparison.Ordinal)))
            end++;
        return end;
    }

    /// <summary>Verbs (by lemma) that attribute an act to someone: عزا/نسب الحادث إلى X — X is the one blamed.</summary>
    private static readonly HashSet<string> AttributionVerbs = ["عزا", "نسب"];

    /// <summary>
    /// The phrase after the إلى / لـ that follows the attributed act, within eight words: the first actor
    /// in it (عزت الحجب إلى عدم التزام <b>الشركة</b>), else the phrase itself.
    /// </summary>
    private static Mention? AttributedTo(ClauseContext c, int p, Mention speaker, NounPhrases phrases, MentionResolver resolver, Func<int, bool> isCue)
    {
        var tokens = c.Tokens;
        for (int j = p; j < c.ClauseEnd && j - p < 8; j++)
        {
            if (!tokens[j].IsWord) return null;
            if (tokens[j].Norm is "الي" && phrases.After(tokens, j + 1, c.ClauseEnd, isCue) is { } np)
                return Known(c, j + 1, Math.Min(c.ClauseEnd, j + 6), speaker, phrases, resolver) ?? resolver.Resolve(c.Document, np.First, np.End, "grammar");
            if (j > p && tokens[j].Norm.StartsWith('ل') && tokens[j].Norm.Length > 3 && (tokens[j].Prefix.StartsWith('ل') || phrases.StartsPrepositionalPhrase(tokens[j])))
                return resolver.Resolve(c.Document, j, WithAdjectives(tokens, j + 1, c.ClauseEnd), "grammar");
        }
        return null;
    }

    private static readonly HashSet<string> ByDeterminers = ["تلك", "هذه", "هذا", "ذلك", "جميع", "كل", "كافه"];

    /// <summary>هاجمت فيها مروجي الشائعات: a resumptive pronoun phrase before the object.</summary>
    private static readonly HashSet<string> Resumptive = ["فيها", "فيه", "فيهم", "عليه", "عليها", "بدوره", "بدورها", "كذلك", "ايضا"];

    internal static readonly HashSet<string> TimeWords = ["اليوم", "امس", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "صباح", "مساء", "الليله", "غدا"];

    private static bool Overlaps(List<Token> tokens, (int First, int End) np, Mention m) =>
        tokens[np.First].Start < m.End && m.Start < tokens[np.End - 1].End;

    private static int EndOf(ClauseContext c) => c.ClauseEnd < c.Tokens.Count ? c.Tokens[c.ClauseEnd].Start : c.Document.Text.Length;
}
