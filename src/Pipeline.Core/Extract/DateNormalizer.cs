using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Extract;

/// <summary>
/// Normalises a publication date found in a page to ISO 8601: <c>yyyy-MM-dd</c> for a bare date,
/// <c>yyyy-MM-ddTHH:mm:ss</c> plus the offset (<c>+03:00</c>, or <c>Z</c> for UTC) when the page gave a time.
/// </summary>
internal static partial class DateNormalizer
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex BareDate();

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex Offset();

    [GeneratedRegex(@"\d{1,2}:\d{2}")]
    private static partial Regex Time();

    /// <summary>The ISO form of <paramref name="raw"/>, or null when it is not a date.</summary>
    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        string s = raw.Trim();
        if (BareDate().IsMatch(s))
            return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? s : null;
        bool hasOffset = Offset().IsMatch(s);
        if (hasOffset && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            return withOffset.Offset == TimeSpan.Zero && s.EndsWith('Z')
                ? withOffset.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                : withOffset.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        }
        if (!DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.NoCurrentDateDefault, out var local))
            return null;
        if (local.Year < 1900 || local.Year > 2200) return null;
        return Time().IsMatch(s)
            ? local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
            : local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
