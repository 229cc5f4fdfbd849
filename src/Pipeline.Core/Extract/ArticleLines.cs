using System.Text.RegularExpressions;

namespace Pipeline.Extract;

/// <summary>
/// Final tidy-up of the body lines of an HTML article before the title is put in front: drops
/// furniture lines (<see cref="BoilerplateLines"/>), lines without any letter (view counters, bare
/// times), and in the header zone above the first real paragraph: repeats of the title, date
/// lines (metadata, kept in <c>Published</c>) and one- or two-word labels (section kickers).
/// </summary>
internal static partial class ArticleLines
{
    /// <summary>A line at least this long is a paragraph: the header zone ends there.</summary>
    private const int ParagraphChars = 100;

    /// <summary>Header-zone lines up to this length that hold a date or time are datelines.</summary>
    private const int DatelineChars = 80;

    [GeneratedRegex(@"\b(19|20)\d\d\b|\b1[34]\d\d\b|\b\d{1,2}:\d{2}\b|[\u0660-\u0669]{4}")]
    private static partial Regex DateOrTime();

    [GeneratedRegex(@"\p{L}")]
    private static partial Regex Letter();

    /// <summary>The cleaned body lines; <paramref name="title"/> is the article title (or null).</summary>
    public static List<string> Tidy(IEnumerable<string> lines, string? title)
    {
        var kept = new List<string>();
        bool inHeader = true;
        foreach (var line in lines)
        {
            if (BoilerplateLines.IsFurniture(line) || !Letter().IsMatch(line)) continue;
            if (line.Length >= ParagraphChars && !SameAsTitle(line, title)) inHeader = false;
            if (inHeader && (SameAsTitle(line, title) || IsDateline(line) || IsLabel(line))) continue;
            kept.Add(line);
        }
        return kept;
    }

    /// <summary>One or two words above the text: a section kicker, category or counter label.</summary>
    private static bool IsLabel(string line) => line.Length <= 24 && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2;

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
