using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Pipeline.Extract;

/// <summary>
/// What an element's class, id and role say about it: main text (article, content, entry, …) or
/// boilerplate (nav, footer, sidebar, comment, share, related, social, …). The word lists follow
/// Readability's; share/follow/newsletter/cookie hints were added for news sites.
/// </summary>
internal static partial class ClassHints
{
    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumb|combx|comment|respond|discuss|talkback|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share(?!able)|sharing|follow|cookie|consent|newsletter|subscri|promo|widget|outbrain|taboola|most-?read|most-?popular|trending|tags", RegexOptions.IgnoreCase)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow", RegexOptions.IgnoreCase)]
    private static partial Regex MaybeCandidate();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|detail", RegexOptions.IgnoreCase)]
    private static partial Regex Positive();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|respond|discuss|talkback|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share(?!able)|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|social|follow|newsletter|subscri|cookie|breadcrumb|menu|advert|byline|author|caption", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    private static readonly HashSet<string> UnlikelyRoles =
        ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search"];

    private static string MatchString(IElement e) => $"{e.ClassName} {Id(e)}";

    /// <summary>
    /// The meaningful part of the id: ASP.NET WebForms prefixes every id with its naming containers
    /// ("ctl00_MainContent_…"), which would make every element on such pages look like content.
    /// </summary>
    private static string? Id(IElement e)
    {
        string? id = e.Id;
        if (id is null || !id.StartsWith("ctl", StringComparison.OrdinalIgnoreCase)) return id;
        int cut = id.LastIndexOfAny(['_', '$']);
        return cut >= 0 ? id[(cut + 1)..] : id;
    }

    /// <summary>
    /// True for an element that is almost surely not main text: its class/id reads like
    /// boilerplate and nothing in it reads like content, or its ARIA role marks page furniture.
    /// </summary>
    public static bool IsUnlikely(IElement e)
    {
        if (e.GetAttribute("role") is { } role && UnlikelyRoles.Contains(role.Trim().ToLowerInvariant())) return true;
        string s = MatchString(e);
        if (s.Length < 2) return false;
        return Unlikely().IsMatch(s) && !MaybeCandidate().IsMatch(s);
    }

    /// <summary>Readability's class weight: +25 for each of class and id that reads like content, −25 for boilerplate.</summary>
    public static int Weight(IElement e)
    {
        int weight = 0;
        foreach (var s in new[] { e.ClassName, Id(e) })
        {
            if (string.IsNullOrEmpty(s)) continue;
            if (Negative().IsMatch(s)) weight -= 25;
            if (Positive().IsMatch(s)) weight += 25;
        }
        return weight;
    }

    /// <summary>Whether the class or id reads like boilerplate (for small elements inside the chosen content).</summary>
    public static bool IsNegative(IElement e)
    {
        string s = MatchString(e);
        return s.Length > 1 && Negative().IsMatch(s) && !Positive().IsMatch(s);
    }
}
