using System.Collections.Frozen;
using Pipeline.Lexicons;
using Pipeline.Normalise;
using Pipeline.Text;

namespace Pipeline.Mentions;

/// <summary>
/// Finds the noun phrase that names a speaker or target next to a cue. Arabic news writes the
/// subject right after the verb (قال وزير الخارجية الأمريكي أنتوني بلينكن في …) or before it in
/// headlines (الصين تنفي …); the phrase runs over words until punctuation, a function word
/// (models/function-words.tsv), a prepositional token (بـ، لل) or another cue. Hand-written:
/// there is no Arabic chunker to use on this platform.
/// </summary>
public sealed partial class NounPhrases(FrozenSet<string> functionWords, FrozenSet<string> nonSubjects, IReadOnlySet<string> personNames, HeadWords heads, ActorGazetteer actors)
{
    public const int MaxWords = 10;

    /// <summary>A one-word-per-line list from models/ (function words, object nouns, person names), normalised.</summary>
    public static FrozenSet<string> LoadWordList(string path) =>
        TsvFile.Read(path).Select(r => ArabicNormalizer.Normalize(r.Fields[0].Trim())).Where(w => w.Length > 0).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// <see cref="LoadWordList"/> for long lists (person-names.tsv, tens of thousands of words): a hash set, because
    /// freezing one that size took about a tenth of the start-up and made lookups no faster.
    /// </summary>
    public static HashSet<string> LoadLongWordList(string path) =>
        TsvFile.Read(path).Select(r => ArabicNormalizer.Normalize(r.Fields[0].Trim())).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// True for words that end a phrase. The name علي folds to the preposition على, so the surface
    /// spelling decides for that one.
    /// </summary>
    public bool IsFunctionWord(Token t) =>
        t.IsWord && t.Text != "علي" && (functionWords.Contains(t.Norm) || (t.Prefix is "و" or "ف" && functionWords.Contains(t.Stem))
            || JoinedToConjunction(t.Norm));

    /// <summary>
    /// وقد، فقد، ولا، وهو: و/ف joined to a two-letter function word, which the clitic splitter leaves whole
    /// (it keeps stems of at least two letters on words of three or more), so «وقد أكد الوزير» does not
    /// make وقد the subject.
    /// </summary>
    private bool JoinedToConjunction(string norm) =>
        norm.Length == 3 && norm[0] is 'و' or 'ف' && _functionWords.Contains(norm.AsSpan(1));

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _functionWords = functionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechNounStems =
        new[] { "بيان", "تصريح", "تصريحات", "رساله", "تقرير", "بلاغ", "كلمه", "وصف", "قول", "تعبير" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _nonSubjects = nonSubjects.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>بيانها، تصريحاته: a statement noun after a name ends the name (واختتمت سماحة بيانها).</summary>
    public static bool IsSpeechNoun(Token t) => AnyReadingIn(t.Norm, SpeechNounStems);

    /// <summary>True for words that open an object rather than a subject (صحة، وجود، مزاعم).</summary>
    public bool IsNonSubject(Token t) => t.IsWord && AnyReadingIn(t.Norm, _nonSubjects);

    /// <summary>Whether the article-less stem of any clitic reading of the word is in the set (the readings sliced, not allocated).</summary>
    private static bool AnyReadingIn(string norm, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
    {
        Span<Pipeline.Segment.Clitics.Split> splits = stackalloc Pipeline.Segment.Clitics.Split[Pipeline.Segment.Clitics.MaxSplits];
        int count = Pipeline.Segment.Clitics.Splits(norm, splits);
        for (int k = 0; k < count; k++)
            if (set.Contains(ActorGazetteer.Key(splits[k].StemOf(norm)))) return true;
        return false;
    }

    /// <summary>
    /// The phrase starting at token <paramref name="start"/> (which must be a word that can open a
    /// phrase), as a token range <c>[start, end)</c>, or null when none starts there.
    /// </summary>
    public (int First, int End)? After(List<Token> tokens, int start, int limit, Func<int, bool> isCue)
    {
        // a claim verb or participle opens no phrase: وتابع | قائلا has no subject of its own
        if (start >= limit || !CanOpen(tokens[start]) || StartsPrepositionalPhrase(tokens[start], null, Next(tokens, start)) || isCue(start)) return null;
        int end = start;
        while (end < limit && end - start < MaxWords)
        {
            var t = tokens[end];
            if (end > start && t.Norm is "باسم" or "باسمه" or "باسمها" or "باسمهم" && heads.KindOf(tokens[start]) == MentionKind.PERSON)
            {
                end++; // المتحدث باسم الجيش، المتحدث باسمها
                continue;
            }
            if (end > start && end - start <= 2 && t.Norm == "في" && !tokens[start].HasArticle && !tokens[end - 1].HasArticle && heads.KindOf(tokens[start]) is MentionKind.PERSON or MentionKind.OTHER
                && end + 1 < limit && InstitutionEnd(tokens, end + 1, limit) is int inside)
            {
                end = inside; // مسؤول في الخارجية الأمريكية، مصدر في وزارة الدفاع: who they speak for belongs to them
                break;
            }
            // نقابة الأطباء في العراق، سفير الصين في لندن، رئيس لجنة الزراعة في البرلمان العراقي: where a body or an
            // office holder is, or the institution they belong to, is part of them
            if (end > start && t.Norm == "في" && end + 1 < limit && heads.KindOf(tokens[start]) is MentionKind.ORG or MentionKind.PERSON
                && (PlaceEnd(tokens, end + 1, limit) ?? (heads.KindOf(tokens[start]) == MentionKind.PERSON ? InstitutionEnd(tokens, end + 1, limit) : null)) is int there)
            {
                end = there;
                break;
            }
            // نواب عن المحافظة: whom representatives stand for
            if (end == start + 1 && t.Norm == "عن" && Representatives.Contains(tokens[start].Norm) && end + 1 < limit && After(tokens, end + 1, limit, isCue) is { } seat)
            {
                end = seat.End;
                break;
            }
            if (end == start + 1 && t.Norm == "من" && Quantities.Contains(ActorGazetteer.Key(tokens[start].Norm)) && end + 1 < limit)
            {
                end++; // عدد من أعضاء اللجنة، مجموعة من الهاكرز: the quantity takes its complement
                continue;
            }
            if (end > start && t.IsWord && (t.Prefix is "ل" or "لل" || t.Prefix.Length == 0 && t.Norm.Length > 3 && t.Norm[0] == 'ل') && heads.KindOf(tokens[start]) == MentionKind.PERSON
                && actors.Match(tokens, end, limit) is { Actor.IsNisba: false } org)
            {
                end = org.End; // الأمين العام لجامعة الدول العربية: a title's body comes with لـ
                continue;
            }
            if (end > start && OrgComplement(tokens, start, t))
            {
                end++; // الهيئة المستقلة للانتخاب، الغرفة الوطنية للتجارة
                continue;
            }
            // المفوضية السامية لشؤون اللاجئين: a body's لـ complement may be a construct (لـ + bare noun + definite noun)
            if (end > start && end + 1 < limit && t.IsWord && t.Prefix.Length == 0 && t.Norm.Length > 3 && t.Norm[0] == 'ل' && heads.KindOf(tokens[start]) == MentionKind.ORG
                && !IsToMedia(t) && tokens[end + 1].IsWord && tokens[end + 1].HasArticle && !tokens[end + 1].HasConjunction)
            {
                end += 2;
                continue;
            }
            // وزير الخارجية السعودي الأمير فيصل: after a title and its nationality, a second title with a name is the same person
            if (end - start >= 2 && t.HasArticle && !t.HasConjunction && heads.KindOf(t) == MentionKind.PERSON && heads.KindOf(tokens[start]) == MentionKind.PERSON
                && IsNisbaLike(tokens[end - 1].Stem) && NameAfterTitle(tokens, end + 1, limit) is int name)
            {
                end = name + 1; // …اللواء المتقاعد فايز: an adjective of the second title may stand before the name
                continue;
            }
            if (end > start && t.Kind == TokenKind.Quote && !tokens[end - 1].HasArticle && heads.KindOf(tokens[end - 1]) is not null && QuotedNameEnd(tokens, end, limit) is int close)
            {
                end = close + 1; // صحيفة "الحياة"، قناة «الجزيرة»: a body's name in quotation marks after its (construct) head word
                continue;
            }
            if (end > start && t.IsWord && !tokens[end - 1].HasArticle && heads.KindOf(tokens[end - 1]) is not null && actors.Match(tokens, end, limit) is { } named
                && named.End - end >= 2 && !named.Actor.IsNisba)
            {
                end = named.End; // منظمة هيومن رايتس ووتش: a known name of two or more words after its head word in construct is one unit (after الحكومة it is the object)
                continue;
            }
            if (end > start && t.Norm == "من" && CloseTo.Contains(tokens[end - 1].Stem) && end + 1 < limit && After(tokens, end + 1, limit, isCue) is { } whom)
            {
                end = whom.End; // مصادر مقربة من الفنان، أوساط قريبة من الحكومة: whom the source is close to is part of it
                break;
            }
            if (!t.IsWord || IsFunctionWord(t) || t.Norm.Length < 2 || (end > start && isCue(end))) break;
            if (end > start && tokens[end - 1].HasArticle && !t.HasArticle && !t.HasConjunction && heads.KindOf(t) is not null) break; // المرابط | شركات التوزيع
            if (end > start && IsToMedia(t) && heads.KindOf(tokens[start]) != MentionKind.ORG) break; // غوستاف فوشيه | لصحيفة ديلي ميل: told the paper
            if (end > start && EndsAtObject(tokens, end)) break; // تبنى تنظيم داعش | الهجوم
            if (end > start && Counterparts.Contains(t.Norm)) break; // حث وزير الخارجية الأمريكي | نظيره الروسي
            // دعت الولايات المتحدة وبريطانيا وفرنسا | جميع الأطراف: "all" after a definite word or a name opens the object
            if (end > start && t.Norm is "جميع" or "كافه" && (tokens[end - 1].HasArticle || actors.MatchWord(tokens[end - 1].Norm) is not null)) break;
            // اتهمت منظمات حقوقية | قوات الأمن: after an indefinite noun and its adjective, a new bare head word is the object
            if (end - start >= 2 && !t.HasArticle && !t.HasConjunction && heads.KindOf(t) is not null && !tokens[end - 1].HasArticle
                && IsNisbaLike(tokens[end - 1].Stem) && !NounsInIya.Contains(tokens[end - 1].Stem)) break;
            // ويتهم ناشطون | السلطات: a sound plural that keeps its ن heads no construct, so a definite word after it is a new phrase
            if (end > start && t.HasArticle && !t.HasConjunction && !tokens[end - 1].HasArticle && tokens[end - 1].Norm.Length >= 6
                && tokens[end - 1].Norm.EndsWith("ون", StringComparison.Ordinal) && !personNames.Contains(tokens[end - 1].Norm)) break;
            // رجّح خبراء مصرفيون | انتهاء المضاربات: after a noun and its sound-plural adjective in ـون, a bare word that is
            // no plural adjective itself is the object (a word in ـون takes no genitive)
            if (end - start >= 2 && t.IsWord && !t.HasArticle && !t.HasConjunction && !tokens[end - 1].HasArticle && tokens[end - 1].Norm.Length >= 6
                && tokens[end - 1].Norm.EndsWith("ون", StringComparison.Ordinal) && !personNames.Contains(tokens[end - 1].Norm)
                && !t.Norm.EndsWith("ون", StringComparison.Ordinal) && !t.Norm.EndsWith("ين", StringComparison.Ordinal) && !PluralAdjectives.Contains(t.Norm)) break;
            // (عبد الحميد | الدبيبة: after a compound first name with عبد, a definite word is the family name)
            if (end > start && (StartsPrepositionalPhrase(t, tokens[end - 1]) || (IsNonSubject(t) && (!t.HasArticle || tokens[end - 1].HasArticle)) || (StartsNewPhrase(tokens[end - 1], t) && !(end - 2 >= start && tokens[end - 2].Norm == "عبد")) || EndsName(tokens, start, end) || IsSpeechNoun(t))) break;
            if (end == start && actors.Match(tokens, end, limit) is { } hit && !hit.Actor.IsNisba)
            {
                end = hit.End; // a known multi-word name is one unit (الأمم المتحدة)
                // …and a second actor right after it is the object (وتتهم إسرائيل | حزب الله)
                // (واشنطن starts like و + اشنطن, but the whole word is the name: اتهمت موسكو | واشنطن)
                if (end < limit && (!tokens[end].HasConjunction || IsKnownWhole(tokens[end])) && (heads.KindOf(tokens[end]) is not null || actors.Match(tokens, end, limit) is { Actor.IsNisba: false }
                    || tokens[end].HasArticle && StartsNewPhrase(tokens[end - 1] with { Prefix = "ال" }, tokens[end]))) break;
                continue;
            }
            if (end > start && (tokens[end - 1].HasArticle || IsNameWord(tokens[end - 1])) && EndsAtCommonNoun(tokens, end, limit)
                && !IsSurnameAfterTitle(tokens, start, end, limit)) break; // زعيم المعارضة | قرار الحكومة، هيفاء | حقيقة الأمر
            if (end > start && tokens[end - 1].HasArticle && !t.HasArticle && !t.HasConjunction && actors.Match(tokens, end, limit) is { Actor.IsNisba: false }) break; // الفلسطينيون | إسرائيل
            if (end > start && IsNameWord(tokens[end - 1]) && !t.HasArticle && IsKnownWhole(t) && actors.MatchWord(t.Norm) is { IsNisba: false }) break; // آبي أحمد | مصر
            end++;
        }
        return end > start ? (start, end) : null;
    }

    /// <summary>The closing mark of a short quoted name opened at <paramref name="open"/> (one to five words), or null.</summary>
    private static int? QuotedNameEnd(List<Token> tokens, int open, int limit)
    {
        for (int j = open + 1; j < limit && j - open <= 6; j++)
        {
            if (tokens[j].Kind == TokenKind.Quote) return j > open + 1 ? j : null;
            if (!tokens[j].IsWord && tokens[j].Kind != TokenKind.Number) return null;
        }
        return null;
    }

    /// <summary>
    /// The phrase starting at <paramref name="first"/> whose first word is taken as it is, preposition
    /// and all (لوزارة الخارجية، بالهجوم على …): the words after it run on as in <see cref="After"/>.
    /// </summary>
    public (int First, int End) Opened(List<Token> tokens, int first, int limit)
    {
        int end = first + 1;
        while (end < limit && end - first < MaxWords && tokens[end].IsWord && !IsFunctionWord(tokens[end]) && !StartsPrepositionalPhrase(tokens[end]))
            end++;
        return (first, end);
    }

    /// <summary>The phrase ending just before <paramref name="end"/> and starting at <paramref name="floor"/> (subject-first order).</summary>
    public (int First, int End)? Before(List<Token> tokens, int floor, int end, Func<int, bool> isCue)
    {
        int first = end;
        while (first > floor && end - first < MaxWords)
        {
            var t = tokens[first - 1];
            if (!t.IsWord || IsFunctionWord(t) || isCue(first - 1)) break;
            first--;
        }
        return first < end && first == floor ? (first, end) : null;
    }

    /// <summary>The end of a known actor or a body named by its head word (وزارة الدفاع، الخارجية الأمريكية) starting at <paramref name="i"/>, or null.</summary>
    private int? InstitutionEnd(List<Token> tokens, int i, int limit)
    {
        if (actors.Match(tokens, i, limit) is { Actor.IsNisba: false } hit && hit.First == i) return WithNisba(tokens, hit.End, limit);
        if (!tokens[i].IsWord || heads.KindOf(tokens[i]) is not (MentionKind.ORG or MentionKind.GPE or MentionKind.GROUP)) return null;
        int end = i + 1;
        // وزارة | الدفاع: a bare head word takes one definite genitive; then only adjectives (البرلمان العراقي | الحكومة)
        if (!tokens[i].HasArticle && end < limit && tokens[end].IsWord && tokens[end].HasArticle && !IsFunctionWord(tokens[end])) end++;
        while (end < limit && end - i < 4 && tokens[end].IsWord && tokens[end].HasArticle && !tokens[end].HasConjunction && DescribesName(tokens[end].Stem)) end++;
        return end;
    }

    /// <summary>The end of a known place (a state or city in the gazetteer) starting at <paramref name="i"/>, or null.</summary>
    private int? PlaceEnd(List<Token> tokens, int i, int limit) =>
        actors.Match(tokens, i, limit) is { Actor.IsNisba: false, Actor.Kind: "GPE" } hit && hit.First == i ? WithNisba(tokens, hit.End, limit) : null;

    private static readonly HashSet<string> Representatives = ["نواب", "نائب", "النائب", "النواب", "ممثل", "ممثلو", "ممثلون"];

    /// <summary>Past the nationality adjectives after a name (الخارجية | الأمريكية).</summary>
    private int WithNisba(List<Token> tokens, int end, int limit)
    {
        while (end < limit && actors.Match(tokens, end, limit) is { Actor.IsNisba: true } nisba && nisba.First == end) end = nisba.End;
        return end;
    }

    /// <summary>The gazetteer name starting at token <paramref name="i"/> (مصر in «مصر تعتزم …»), when there is one.</summary>
    public (int First, int End)? KnownName(List<Token> tokens, int i, int limit) =>
        actors.Match(tokens, i, limit) is { Actor.IsNisba: false } hit ? (hit.First, hit.End) : null;

    /// <summary>A title or rank that heads a person's name (العميد، اللواء، الدكتور، الوزير).</summary>
    public bool IsTitle(Token t) => t.IsWord && heads.KindOf(t) == MentionKind.PERSON;

    public bool CanOpen(Token t) => t.IsWord && !IsFunctionWord(t) && t.Norm.Length >= 2 && !(t.Prefix.Length > 0 && StartsPrepositionalPhrase(t));

    private static Token? Next(List<Token> tokens, int i) => i + 1 < tokens.Count ? tokens[i + 1] : null;

    /// <summary>
    /// بـ and لـ tokens open prepositional phrases (بالقاهرة، للصحفيين، لوكالة): they end a phrase
    /// unless the word is a known actor or head word (لبنان، لجنة).
    /// </summary>
    public bool StartsPrepositionalPhrase(Token t) => StartsPrepositionalPhrase(t, null);

    /// <summary>
    /// Names also start with ب and ل (بايدن، بيريرا، لبنان): a bare ب/ل word opens a prepositional
    /// phrase only after a definite word (الحكم السنوسي ببيع) or when a definite word follows it
    /// (لوسائل الإعلام، بمسح البيانات).
    /// </summary>
    public bool StartsPrepositionalPhrase(Token t, Token? previous, Token? next = null)
    {
        if (!t.IsWord || t.Norm.Length < 3) return false;
        bool clitic = t.Prefix.StartsWith('ب') || t.Prefix.StartsWith("لل", StringComparison.Ordinal) || t.Prefix.StartsWith('ك');
        bool bare = t.Prefix.Length == 0 && (t.Norm[0] == 'ب' || t.Norm[0] == 'ل') && t.Norm.Length > 3
            && (previous is { IsWord: true, HasArticle: true } || next is { IsWord: true, HasArticle: true } || KnownWords.WithoutFirstLetter(t, heads, actors));
        if (!clitic && !bare) return false;
        if (heads.KindOf(t) is not null) return false;
        return !IsKnownWhole(t);
    }

    /// <summary>
    /// لوكالة، لقناة، للصحفيين، لرويترز: لـ on a head word or a known actor, "to X" after a speech verb
    /// (قال الوزير لوكالة فرانس برس إن …). A name that itself starts with ل (لبنان) is not one.
    /// </summary>
    public bool IsAddressee(Token t) =>
        t.IsWord && !IsKnownWhole(t)
        && (t.Prefix is "ل" or "لل" && t.Stem.Length >= 3 || t.Prefix.Length == 0 && t.Norm.Length > 3 && t.Norm[0] == 'ل' && KnownWords.WithoutFirstLetter(t, heads, actors));

    private bool IsKnownWhole(Token t) => t.IsWord && actors.MatchWord(t.Norm) is { } actor && actor.Keys[0].AsSpan().SequenceEqual(ActorGazetteer.Key(t.Norm.AsSpan()));
}
