using System.Collections.Frozen;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// What stands between a claim's cue or speaker and what was said, and is neither: who was told, where
/// and when it was said, a description of the speaker, a manner adverb. Hand-written Arabic rules (see
/// <see cref="ClaimContent"/>, which uses them to find where the content starts).
/// </summary>
internal static class ContentAsides
{
    /// <summary>
    /// What stands between the speech verb and what was said is no part of it: who was told (قال الوزير
    /// لوكالة فرانس برس إن …، قال مصدر لـ«الشرق الأوسط» إن …، قال لرويترز إن …), where (أوضحت الوزارة في بيان
    /// أن …، خلال مؤتمر صحفي), or that the source stays anonymous (طلب عدم الكشف عن هويته، بأن …). When such
    /// an aside (or the day: اليوم الأحد) opens the content and a complementiser (إن، أن، بأن) follows within a few words, the content
    /// starts at the complementiser.
    /// </summary>
    internal static int AfterAside(List<Token> tokens, int first, int end, Func<Token, bool> isAddressee)
    {
        if (first >= end || !tokens[first].IsWord) return first;
        var t = tokens[first];
        bool addressee = isAddressee(t) || t.Norm is "ل" or "لـ";
        bool setting = IsSetting(tokens, first, end);
        bool anonymous = t.Norm is "طلب" or "طالبا" or "فضل" or "مفضلا" or "رفض" or "رافضا" or "بدون" or "دون" && first + 1 < end && tokens[first + 1].Norm is "عدم" or "الكشف";
        bool when = Targets.TimeWords.Contains(t.Norm); // أكد الوزير، اليوم الأحد، أن …
        bool inIt = t.Norm is "فيه" or "فيها"; // بيانا قالت فيه إن …: "in it", the statement just named
        bool unknownAddressee = t.Prefix.Length == 0 && t.Norm.Length > 3 && t.Norm[0] == 'ل' && first + 1 < end && ClaimContent.Complementisers.Contains(tokens[first + 1].Norm);
        if (!addressee && !setting && !anonymous && !unknownAddressee && !when && !inIt) return AfterApposition(tokens, first, end);
        if (ComplementiserAfter(tokens, first, end) is int said) return said;
        // نفت الشركة في بيان صحة هذه الأنباء، أدانت الوزارة، في بيان، الاعتداء: no complementiser, the object follows the setting
        return setting && ObjectAfterSetting(tokens, first, end) is int k ? k : first;
    }

    /// <summary>
    /// شجبت الوزارة بشدة الاعتداء، نفت الشركة مجددا وجود …، اتهمت المعارضة أمس الحكومة، نفى جملة وتفصيلا
    /// ما نشر، أدان المجلس بالإجماع الهجوم، نفت وزارة الدفاع (البنتاغون) التقارير: a manner or time adverb,
    /// or a bracketed apposition to the subject, between the subject and the object is neither what was
    /// said nor whom it concerns. The first token after them, when a word follows them.
    /// </summary>
    internal static int AfterAdverbs(List<Token> tokens, int start, int end)
    {
        int i = start;
        while (i < end)
        {
            int next = AdverbEnd(tokens, i, end);
            if (next == i) break;
            i = next;
            while (i < end && tokens[i].Text is "،" or ",") i++;
        }
        return i < end && tokens[i].IsWord ? i : start;
    }

    private static int AdverbEnd(List<Token> tokens, int i, int end)
    {
        var t = tokens[i];
        // اتهمت الوزارة في بيانها جهات خارجية: the setting, when the object follows it (with إن/أن after it, or a
        // لـ phrase, AfterAside decides: في مؤتمر صحفي ببغداد إن …، في تصريح لإذاعة محلية)
        if (IsSetting(tokens, i, end) && ComplementiserAfter(tokens, i, end) is null)
            return ObjectAfterSetting(tokens, i, end) is int k && tokens[k].Norm[0] != 'ل' ? k : i;
        if (t.Text == "(")
        {
            for (int k = i + 1; k < end && k <= i + 6; k++)
            {
                if (tokens[k].Text == ")") return k > i + 1 ? k + 1 : i;
                if (!tokens[k].IsWord) return i;
            }
            return i;
        }
        if (!t.IsWord) return i;
        if (Adverbs.Contains(t.Norm) || Targets.TimeWords.Contains(t.Norm)) return i + 1;
        if (i + 1 < end && tokens[i + 1].IsWord && AdverbPairs.Contains((t.Norm, tokens[i + 1].Norm))) return i + 2;
        return i;
    }

    // normalised (ة→ه، ى→ي، أ→ا)
    private static readonly HashSet<string> Adverbs =
        ["بشده", "بقوه", "مجددا", "ايضا", "كذلك", "بالاجماع", "قطعيا", "تماما", "بدوره", "بدورها", "بدورهم", "صراحه", "بوضوح", "رسميا", "مطلقا", "اطلاقا", "بحزم"];

    private static readonly HashSet<(string, string)> AdverbPairs =
        [("باشد", "العبارات"), ("باقسي", "العبارات"), ("جمله", "وتفصيلا"), ("من", "جديد"), ("مره", "اخري"), ("بشده", "وحزم")];

    /// <summary>
    /// قال المرصد السوري لحقوق الإنسان، وهو هيئة معارضة مقرها لندن، إن …؛ قال عبد الوهاب خضر، المستشار الإعلامي
    /// للوزارة، إن …: words closed by a comma just before the complementiser describe the speaker; what was
    /// said starts at the complementiser.
    /// </summary>
    private static int AfterApposition(List<Token> tokens, int first, int end)
    {
        for (int k = first + 1; k < end && k <= first + MaxAsideTokens; k++)
        {
            if (tokens[k].IsWord && ClaimContent.Complementisers.Contains(tokens[k].Norm))
                return tokens[k - 1].Text is "،" or "," && k - 1 > first ? k : first;
            if (!tokens[k].IsWord && tokens[k].Text is not ("،" or ",")) return first;
        }
        return first;
    }

    /// <summary>
    /// The word after the setting at <paramref name="i"/> (في بيان، في بيان رسمي لها، …) and its commas, when
    /// it can be the object: not in في بيان نشره/أصدرته, a relative clause on the statement whose object
    /// pronoun (ه، not ة) points back to it.
    /// </summary>
    private static int? ObjectAfterSetting(List<Token> tokens, int i, int end)
    {
        int k = i + 2;
        while (k < end && k <= i + 3 && tokens[k].IsWord && SettingModifiers.Contains(tokens[k].Norm)) k++;
        while (k < end && tokens[k].Text is "،" or ",") k++;
        return k < end - 1 && tokens[k].IsWord && !PointsBack(tokens[k]) ? k : null;
    }

    /// <summary>The first إن/أن/بأن within an aside's length after <paramref name="i"/>, before other punctuation than commas.</summary>
    private static int? ComplementiserAfter(List<Token> tokens, int i, int end)
    {
        for (int k = i + 1; k < end && k <= i + MaxAsideTokens; k++)
        {
            if (tokens[k].IsWord && ClaimContent.Complementisers.Contains(tokens[k].Norm)) return k;
            if (!tokens[k].IsWord && tokens[k].Kind != TokenKind.Quote && tokens[k].Text is not ("،" or ",")) return null;
        }
        return null;
    }

    /// <summary>في بيان، خلال مؤتمر صحفي، في بيانها، في تصريحاته: where a statement was made.</summary>
    private static bool IsSetting(List<Token> tokens, int i, int end)
    {
        if (i + 1 >= end || tokens[i].Norm is not ("في" or "خلال") || !tokens[i + 1].IsWord) return false;
        var stem = tokens[i + 1].Stem.AsSpan();
        if (SpeechSettings.Contains(tokens[i + 1].Stem)) return true;
        foreach (var pronoun in SettingPronouns)
            if (stem.EndsWith(pronoun, StringComparison.Ordinal) && SpeechSettingStems.Contains(stem[..^pronoun.Length])) return true;
        return false;
    }

    private static readonly string[] SettingPronouns = ["ها", "هم", "ه"];

    private static bool PointsBack(Token t) => !t.HasArticle && t.Text.EndsWith('ه') || t.Text.EndsWith("ها", StringComparison.Ordinal);

    /// <summary>What may follow the setting's noun before the content: في بيان لها، في بيان رسمي، في تصريحات صحفية.</summary>
    private static readonly HashSet<string> SettingModifiers = ["له", "لها", "لهم", "رسمي", "رسميه", "صحفي", "صحفيه", "مقتضب", "مشترك", "اليوم", "خاصه", "خاص"];

    private const int MaxAsideTokens = 9;

    /// <summary>Where a statement was made: في بيان، خلال مؤتمر صحفي، في تصريحات، في تغريدة …</summary>
    private static readonly HashSet<string> SpeechSettings =
        ["بيان", "تصريح", "تصريحات", "حديث", "مقابله", "موتمر", "كلمه", "تغريده", "منشور", "رساله", "لقاء", "اتصال", "ندوه", "خطاب", "جلسه"];

    // the same with a pronoun after them (بيانها، تصريحاته، كلمته: ة written ت before a pronoun)
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechSettingStems =
        new[] { "بيان", "تصريح", "تصريحات", "حديث", "مقابلت", "كلمت", "تغريدت", "منشور", "رسالت", "لقاء", "اتصال", "خطاب" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
