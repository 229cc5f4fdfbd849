using System.Text.RegularExpressions;

namespace Pipeline.Extract;

/// <summary>
/// Hand-written last filter over output lines: share/follow prompts, "read also" links, related
/// headings and ad labels that survive inside the article container because they carry no
/// class hint. Arabic first (the pipeline's language), with the common English equivalents.
/// </summary>
internal static partial class BoilerplateLines
{
    /// <summary>Lines starting with these are always furniture, whatever follows (a linked headline, a list of networks).</summary>
    [GeneratedRegex(@"^[\s\p{P}\p{S}]*(اقرأ|إقرأ|اقرا|إقرا|أقرأ)\s+(أيضا|أيضاً|ايضا|ايضاً|المزيد)|^[\s\p{P}\p{S}]*(تابعنا|تابعونا|تابعوا)\s|^[\s\p{P}\p{S}]*(read (also|more)|see also|related:|follow us|share (this|on)|sign up|subscribe to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FurniturePrefix();

    /// <summary>Short lines made only of these words are labels of buttons and boxes.</summary>
    [GeneratedRegex(@"^[\s\p{P}\p{S}]*(شارك|شاركها|شارك المقال|شارك الخبر|مشاركة|المشاركة|طباعة|أرسل|إرسال|إعلان|اعلان|مواضيع ذات صلة|أخبار ذات صلة|اخبار ذات صلة|مقالات ذات صلة|ذات صلة|الأكثر قراءة|الاكثر قراءة|الأكثر مشاهدة|التعليقات|تعليقات|أضف تعليق|اضف تعليق|الكلمات المفتاحية|كلمات مفتاحية|وسوم|share|tweet|email|print|advertisement|related|related articles|related stories|comments|tags|facebook|twitter|whatsapp|telegram|linkedin)[\s\p{P}\p{S}]*$", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureLabel();

    /// <summary>True for a line that is page furniture, not article text.</summary>
    public static bool IsFurniture(string line) =>
        FurniturePrefix().IsMatch(line) || line.Length <= 40 && FurnitureLabel().IsMatch(line);

    /// <summary>The lines without furniture lines.</summary>
    public static List<string> Without(IEnumerable<string> lines) => lines.Where(l => !IsFurniture(l)).ToList();
}
