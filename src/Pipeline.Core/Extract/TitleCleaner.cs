namespace Pipeline.Extract;

/// <summary>
/// Removes the site-name part of a page title ("عنوان الخبر - اليوم السابع", "Site | Headline"):
/// splits on the usual separators and keeps the longest part when the others are short or
/// name the site.
/// </summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " / "];

    /// <summary>The headline part of <paramref name="title"/>; <paramref name="site"/> helps recognise the site part.</summary>
    public static string? Clean(string? title, string? site)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        string t = HtmlDom.Collapse(title);
        foreach (var separator in Separators)
        {
            if (!t.Contains(separator)) continue;
            var parts = t.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2) continue;
            var longest = parts.OrderByDescending(p => p.Length).First();
            bool othersAreSiteLike = parts.Where(p => p != longest).All(p => IsSiteLike(p, site));
            if (othersAreSiteLike) return longest;
        }
        return t;
    }

    /// <summary>A part naming the site: it matches the site name or is short (at most four words).</summary>
    private static bool IsSiteLike(string part, string? site)
    {
        if (site is not null && (part.Contains(site, StringComparison.OrdinalIgnoreCase) || site.Contains(part, StringComparison.OrdinalIgnoreCase)))
            return true;
        return part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4;
    }
}
