using System.Text.RegularExpressions;

namespace Pipeline.Extract;

/// <summary>
/// Final tidy-up of the body lines of an HTML article before the title is put in front: drops
/// furniture lines (<see cref="IsFurniture"/>), lines without any letter (view counters, bare
/// times), and in the header zone above the first real paragraph: repeats of the title, date
/// lines (metadata, kept in <c>Published</c>), one- or two-word labels (section kickers) and bylines.
/// </summary>
internal static partial class ArticleLines
{
    /// <summary>A line at least this long is a paragraph: the header zone ends there.</summary>
    private const int ParagraphChars = 100;

    /// <summary>Header-zone lines up to this length that hold a date or time are datelines.</summary>
    private const int DatelineChars = 80;

    [GeneratedRegex(@"\b(19|20)\d\d\b|\b1[34]\d\d\b|\b\d{1,2}:\d{2}\b|[\u0660-\u0669]{4}")]
    private static partial Regex DateOrTime();

    /// <summary>"كتب سيد علي", "بقلم: منى حسن", "By Jane Doe": a short credit line above the text.</summary>
    [GeneratedRegex(@"^(كتب|كتبت|بقلم|إعداد|اعداد|تحرير|by)[\s:]", RegexOptions.IgnoreCase)]
    private static partial Regex BylineStart();

    [GeneratedRegex(@"\p{L}")]
    private static partial Regex Letter();

    /// <summary>The cleaned body lines; <paramref name="title"/> is the article title (or null).</summary>
    public static List<string> Tidy(IEnumerable<string> lines, string? title)
    {
        var kept = new List<string>();
        bool inHeader = true;
        foreach (var line in lines)
        {
            if (IsFurniture(line) || !Letter().IsMatch(line)) continue;
            if (line.Length >= ParagraphChars && !SameAsTitle(line, title)) inHeader = false;
            if (inHeader && (SameAsTitle(line, title) || IsDateline(line) || IsLabel(line) || IsByline(line))) continue;
            kept.Add(line);
        }
        return kept;
    }

    /// <summary>Lines starting with these are always furniture, whatever follows (a linked headline, a list of networks).</summary>
    [GeneratedRegex(@"^[\s\p{P}\p{S}]*(اقرأ|إقرأ|اقرا|إقرا|أقرأ)\s+(أيضا|أيضاً|ايضا|ايضاً|المزيد)|^[\s\p{P}\p{S}]*(تابعنا|تابعونا|تابعوا)\s|^[\s\p{P}\p{S}]*(read (also|more)|see also|related:|follow us|share (this|on)|sign up|subscribe to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FurniturePrefix();

    /// <summary>Short lines made only of these words are labels of buttons and boxes.</summary>
    [GeneratedRegex(@"^[\s\p{P}\p{S}]*(شارك|شاركها|شارك المقال|شارك الخبر|مشاركة|المشاركة|طباعة|أرسل|إرسال|إعلان|اعلان|مواضيع ذات صلة|أخبار ذات صلة|اخبار ذات صلة|مقالات ذات صلة|ذات صلة|الأكثر قراءة|الاكثر قراءة|الأكثر مشاهدة|التعليقات|تعليقات|تعليقات القراء|آراء القراء|اراء القراء|تعليقات الزوار|أضف تعليق|أضف تعليقا|أضف تعليقاً|اضف تعليق|الكلمات المفتاحية|كلمات مفتاحية|وسوم|share|tweet|email|print|advertisement|related|related articles|related stories|comments|tags|facebook|twitter|whatsapp|telegram|linkedin)[\s\p{P}\p{S}]*$", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureLabel();

    /// <summary>
    /// True for a line that is page furniture, not article text: share/follow prompts, "read also"
    /// links, related headings and ad labels that survive inside the article container because they
    /// carry no class hint. Hand-written, Arabic first, with the common English equivalents.
    /// </summary>
    public static bool IsFurniture(string line) =>
        FurniturePrefix().IsMatch(line) || line.Length <= 40 && FurnitureLabel().IsMatch(line);

    /// <summary>One or two words above the text: a section kicker, category or counter label.</summary>
    private static bool IsLabel(string line) => line.Length <= 24 && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2;

    private static bool IsByline(string line) => line.Length <= 60 && BylineStart().IsMatch(line);

    private static bool IsDateline(string line) => line.Length <= DatelineChars && DateOrTime().IsMatch(line);

    /// <summary>The line repeats the title: equal, or one holds the other with little more around it.</summary>
    internal static bool SameAsTitle(string line, string? title)
    {
        if (title is null) return false;
        if (line == title) return true;
        if (line.Length <= 10 || title.Length <= 10) return false;
        return (line.Contains(title) || title.Contains(line)) && line.Length < title.Length * 1.5 + 10
               && line.Length > title.Length * 0.6;
    }
}
