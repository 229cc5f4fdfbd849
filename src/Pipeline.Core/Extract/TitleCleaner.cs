namespace Pipeline.Extract;

/// <summary>
/// Removes the site-name part of a page title ("عنوان الخبر - اليوم السابع", "Site | Headline"):
/// drops a first or last part that names the site, or the short side of a two-part title.
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
            if (NamesSite(parts[^1], site)) return string.Join(separator, parts[..^1]);
            if (NamesSite(parts[0], site)) return string.Join(separator, parts[1..]);
            // Without a known site name only "Headline - Short name" pairs are split.
            if (parts.Length == 2)
            {
                var (longer, shorter) = parts[0].Length >= parts[1].Length ? (parts[0], parts[1]) : (parts[1], parts[0]);
                if (Words(shorter) <= 4 && Words(longer) > Words(shorter)) return longer;
            }
        }
        return t;
    }

    /// <summary>The short side of a "Headline | Site" title, used as the site name when the page names none.</summary>
    public static string? SitePart(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        string t = HtmlDom.Collapse(title);
        foreach (var separator in Separators)
        {
            var parts = t.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2) continue;
            var (longer, shorter) = parts[0].Length >= parts[1].Length ? (parts[0], parts[1]) : (parts[1], parts[0]);
            if (Words(shorter) <= 4 && Words(longer) > Words(shorter)) return shorter;
        }
        return null;
    }

    private static bool NamesSite(string part, string? site) =>
        site is { Length: > 1 } && (part.Equals(site, StringComparison.OrdinalIgnoreCase)
                                    || part.Contains(site, StringComparison.OrdinalIgnoreCase) && part.Length < site.Length * 2
                                    || site.Contains(part, StringComparison.OrdinalIgnoreCase) && part.Length * 2 > site.Length);

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
