using System.Collections.Frozen;
using Pipeline.Lexicons;
using Pipeline.Normalise;
using Pipeline.Text;

namespace Pipeline.Mentions;

/// <summary>Where a phrase ends: names, surnames and titles, adjectives after a name, and the object after a subject.</summary>
public sealed partial class NounPhrases
{
    /// <summary>
    /// A definite noun after a definite noun starts a new phrase (نادي المدينة | الحكم) unless it is
    /// an adjective: a nisba (الدولي، الصينية، المركزي) or a known adjective.
    /// </summary>
    private static bool StartsNewPhrase(Token previous, Token t)
    {
        if (!previous.IsWord || !previous.HasArticle || !t.HasArticle || t.HasConjunction) return false;
        var n = t.Stem;
        bool nisba = n.EndsWith('ي') || n.EndsWith("يه", StringComparison.Ordinal) || n.EndsWith("يون", StringComparison.Ordinal) || n.EndsWith("يين", StringComparison.Ordinal);
        return !nisba && !Adjectives.Contains(n);
    }

    /// <summary>
    /// A definite word after a run of two bare words is an object after a name: الرئيس جو بايدن |
    /// السلطات الصينية. After one bare name it is a surname (فراس العدوان); after a head word a construct
    /// (نادي المدينة، خادم الحرمين).
    /// </summary>
    private bool EndsName(List<Token> tokens, int start, int end)
    {
        var t = tokens[end];
        if (end - start < 2 || !t.HasArticle || t.HasConjunction) return false;
        var prev = tokens[end - 1];
        var before = tokens[end - 2];
        if (prev.HasArticle || before.HasArticle || heads.KindOf(prev) is not null || heads.KindOf(before) is not null) return false;
        if (NameLinks.Contains(prev.Norm)) return false; // أحمد أبو الغيط، محمد بن سلمان: the word after أبو/بن is the name's
        if (!IsNameWord(prev) && !IsNameWord(before)) return false; // وكيل أعمال | اللاعب is a construct, not a name and an object
        return !DescribesName(t.Stem);
    }

    /// <summary>A nationality adjective (ـي، ـية) or another adjective that can follow a name (المتحدة، السابق).</summary>
    private static bool DescribesName(string stem) =>
        stem.EndsWith('ي') || stem.EndsWith("يه", StringComparison.Ordinal) || Adjectives.Contains(stem);

    /// <summary>
    /// After a definite word, a bare word is a new phrase unless it is a name (نبيل الحلو), a head word
    /// (handled by the caller) or a known actor: the object's construct (قرار الحكومة).
    /// </summary>
    private bool EndsAtCommonNoun(List<Token> tokens, int i, int limit)
    {
        var t = tokens[i];
        if (!t.IsWord || t.HasArticle || t.HasConjunction || t.Norm.Length < 2) return false;
        if (personNames.Contains(t.Norm) || heads.KindOf(t) is not null || actors.Match(tokens, i, limit) is not null) return false;
        return true;
    }

    /// <summary>
    /// After a title and a first name (الأمين العام للأمم المتحدة أنطونيو، المتحدث باسم الخارجية ناصر)
    /// an unknown bare word is the surname (غوتيريش، كنعاني، شياع) when what follows it ends the name:
    /// a preposition, إن/أن, punctuation, a nationality adjective (شياع | السوداني), or, for a surname
    /// in ـي, anything (the caller still stops at a definite object: كنعاني | الاتهامات). Only one such
    /// word, only after exactly one known name, and only with a title before: «نفى اللاعب محمد أنباء
    /// رحيله» keeps أنباء as the object (a bare word follows it), «هيفاء حقيقة الأمر» has no title.
    /// </summary>
    private bool IsSurnameAfterTitle(List<Token> tokens, int start, int end, int limit)
    {
        var t = tokens[end];
        if (end - start < 2 || !IsNameWord(tokens[end - 1]) || IsNameWord(tokens[end - 2]) || t.Prefix.Length > 0) return false;
        bool titled = false;
        for (int k = start; k < end - 1 && !titled; k++) titled = heads.KindOf(tokens[k]) == MentionKind.PERSON;
        if (!titled) return false;
        if (IsNisbaLike(t.Stem)) return true;
        if (end + 1 >= limit) return true;
        var next = tokens[end + 1];
        return !next.IsWord || IsFunctionWord(next) || StartsPrepositionalPhrase(next, t)
            || next.HasArticle && !next.HasConjunction && DescribesName(next.Stem);
    }

    /// <summary>
    /// A definite word right after a bare known name (داعش، حماس، روسيا) is the verb's object, unless it
    /// is an adjective of the name (حماس الفلسطينية، داعش الإرهابي).
    /// </summary>
    private bool EndsAtObject(List<Token> tokens, int end)
    {
        var t = tokens[end];
        var prev = tokens[end - 1];
        if (!t.HasArticle || t.HasConjunction || prev.HasArticle || !prev.IsWord || actors.MatchWord(prev.Norm) is not { IsNisba: false }) return false;
        if (NounsInIya.Contains(t.Stem)) return true; // حمّلت حماس إسرائيل | المسؤولية، تبنى داعش | العملية
        return !(DescribesName(t.Stem) || actors.MatchWord(t.Norm) is { IsNisba: true });
    }

    /// <summary>The person name word at <paramref name="i"/>, or after one adjective of a title (المتقاعد، السابق), or null.</summary>
    private int? NameAfterTitle(List<Token> tokens, int i, int limit)
    {
        if (i < limit && tokens[i].HasArticle && !tokens[i].HasConjunction && DescribesName(tokens[i].Stem)) i++;
        return i < limit && IsNameWord(tokens[i]) ? i : null;
    }

    /// <summary>مقربة، قريبة …: "close to", which takes its complement with من (normalised stems).</summary>
    private static readonly HashSet<string> CloseTo = ["مقرب", "مقربه", "مقربين", "مقربون", "قريب", "قريبه", "قريبين", "قريبون"];

    /// <summary>Broken-plural adjectives that follow a plural noun (مسؤولون كبار), normalised.</summary>
    private static readonly HashSet<string> PluralAdjectives = ["كبار", "صغار", "جدد", "قدامي", "اخرون", "اخرين", "بارزون", "اجانب", "محليون"];

    /// <summary>أبو، بن، عبد …: a name's words that take the next word with them (عبد الحميد الدبيبة، أبو الغيط).</summary>
    internal static readonly HashSet<string> NameLinks = ["ابو", "ابي", "بن", "ابن", "بنت", "عبد", "ام"];

    private static bool IsNisbaLike(string stem) =>
        stem.Length > 3 && (stem.EndsWith('ي') || stem.EndsWith("يه", StringComparison.Ordinal) || stem.EndsWith("يون", StringComparison.Ordinal) || stem.EndsWith("يين", StringComparison.Ordinal));

    /// <summary>نظيره، نظيرته، نظراؤه: "his counterpart", the object of a meeting or an appeal, never part of the subject.</summary>
    private static readonly HashSet<string> Counterparts = ["نظيره", "نظيرته", "نظيرها", "نظراوه", "نظرايه", "نظيريه", "نظيرتها", "نظرائه"];

    /// <summary>Nouns that end like a nationality adjective (ـية) but are objects, not adjectives.</summary>
    private static readonly HashSet<string> NounsInIya =
        ["مسووليه", "عمليه", "قضيه", "حريه", "شرعيه", "هويه", "اولويه", "اتفاقيه", "ميزانيه", "جنسيه", "تسويه", "رويه", "ضحيه", "اغلبيه", "حمايه", "بدايه", "نهايه", "غالبيه"];

    private bool IsNameWord(Token t) => t.IsWord && !t.HasArticle && personNames.Contains(t.Norm) && heads.KindOf(t) is null;

    private static readonly HashSet<string> Quantities = ["عدد", "عددا", "بعض", "مجموعه", "احد", "احدي", "عشرات", "مئات", "الاف", "جميع", "كل", "اغلبيه", "معظم"];

    /// <summary>A body's name takes a لـ complement (الهيئة العامة للاستثمار); a person's does not (قال المتحدث للصحفيين).</summary>
    private bool OrgComplement(List<Token> tokens, int start, Token t) =>
        t.IsWord && t.Prefix.StartsWith("لل", StringComparison.Ordinal) && heads.KindOf(tokens[start]) == MentionKind.ORG && !isSpeechOrMedia(t);

    /// <summary>لصحيفة، لوكالة، لقناة، للصحفيين: "to" a news outlet or the press, whom a speaker tells something.</summary>
    private static bool IsToMedia(Token t)
    {
        if (!t.IsWord) return false;
        var stem = t.Prefix is "ل" or "لل" ? t.Stem.AsSpan() : t.Prefix.Length == 0 && t.Norm.Length > 3 && t.Norm[0] == 'ل' ? t.Norm.AsSpan(1) : default;
        return !stem.IsEmpty && MediaStems.Contains(stem);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MediaStems =
        new[] { "صحيفه", "وكاله", "قناه", "موقع", "شبكه", "اذاعه", "تلفزيون", "محطه", "مجله", "جريده", "صحفيين", "صحافيين", "اعلام", "صحافه", "مراسلين", "وسائل" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool isSpeechOrMedia(Token t) => t.Stem is "صحفيين" or "اعلام" or "صحافه" or "وكاله" or "مراسلين";

    private static readonly HashSet<string> Adjectives = ["مسلحه", "مسلح", "متطرفه", "متطرف", "متحاربه", "متنازعه", "معنيه", "مختلفه", "احمر", "اخضر", "ابيض", "اسود", "ازرق", "اصفر", "خاص", "خاصه", "عليا", "مشترك", "مشتركه", "دائم", "دائمه", "مؤقت", "مؤقته", "موحد", "موحده", "اعلي", "متحده", "عام", "عامه", "كبير", "كبري", "جديد", "جديده", "اول", "اولي", "اعلي", "شريفين", "اعظم", "مستقله", "متحد", "وطني", "رسمي", "رسميه", "مختصه", "ذاته", "ذاتها", "نفسه", "سابق", "سابقه", "حالي", "حاليه", "متقاعد", "معارض"];
}
