using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Extract;

/// <summary>
/// Hand-written reader of the human datelines printed on Arabic news pages when no machine-readable
/// date exists ("نشر بتاريخ: 2024/03/04 - 09:15 مساء", "الإثنين، 13 مايو 2024", "5 تشرين الثاني 2024").
/// Knows both month-name series (Egyptian/Maghrebi يناير… and Levantine كانون الثاني…) and Arabic-Indic
/// digits. Returns the calendar date only (yyyy-MM-dd): printed times lack a time zone.
/// </summary>
internal static partial class ArabicDateline
{
    private static readonly Dictionary<string, int> Months = new()
    {
        ["يناير"] = 1, ["فبراير"] = 2, ["مارس"] = 3, ["أبريل"] = 4, ["ابريل"] = 4, ["إبريل"] = 4, ["مايو"] = 5, ["ماي"] = 5,
        ["يونيو"] = 6, ["يونيه"] = 6, ["يوليو"] = 7, ["يوليه"] = 7, ["أغسطس"] = 8, ["اغسطس"] = 8, ["غشت"] = 8,
        ["سبتمبر"] = 9, ["شتنبر"] = 9, ["أكتوبر"] = 10, ["اكتوبر"] = 10, ["نوفمبر"] = 11, ["نونبر"] = 11,
        ["ديسمبر"] = 12, ["دجنبر"] = 12, ["جانفي"] = 1, ["فيفري"] = 2, ["أفريل"] = 4, ["جوان"] = 6, ["جويلية"] = 7, ["أوت"] = 8,
        ["كانون الثاني"] = 1, ["شباط"] = 2, ["آذار"] = 3, ["اذار"] = 3, ["نيسان"] = 4, ["أيار"] = 5, ["ايار"] = 5,
        ["حزيران"] = 6, ["تموز"] = 7, ["آب"] = 8, ["اب"] = 8, ["أيلول"] = 9, ["ايلول"] = 9, ["تشرين الأول"] = 10,
        ["تشرين الاول"] = 10, ["تشرين الثاني"] = 11, ["كانون الأول"] = 12, ["كانون الاول"] = 12,
    };

    [GeneratedRegex(@"\b(?<y>(19|20)\d\d)[/\-.](?<m>\d{1,2})[/\-.](?<d>\d{1,2})\b|\b(?<d>\d{1,2})[/\-.](?<m>\d{1,2})[/\-.](?<y>(19|20)\d\d)\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<month>(كانون|تشرين)\s+\S+|\S+)\s+(?<y>(19|20)\d\d)\b")]
    private static partial Regex NamedDate();

    /// <summary>The first date in <paramref name="text"/> as yyyy-MM-dd, or null.</summary>
    public static string? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        string s = WesternDigits(text);
        var numeric = NumericDate().Match(s);
        if (numeric.Success && Format(numeric.Groups["y"].Value, int.Parse(numeric.Groups["m"].Value), numeric.Groups["d"].Value) is { } n)
            return n;
        foreach (Match named in NamedDate().Matches(s))
        {
            string month = Regex.Replace(named.Groups["month"].Value, @"\s+", " ").Trim('،', ',');
            if (Months.TryGetValue(month, out int m) && Format(named.Groups["y"].Value, m, named.Groups["d"].Value) is { } d) return d;
        }
        return null;
    }

    private static string? Format(string year, int month, string day) =>
        DateOnly.TryParseExact($"{year}-{month:00}-{int.Parse(day):00}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    /// <summary>Arabic-Indic (٠-٩) and Persian (۰-۹) digits as ASCII digits.</summary>
    private static string WesternDigits(string s) =>
        string.Create(s.Length, s, (span, src) =>
        {
            for (int i = 0; i < src.Length; i++)
                span[i] = src[i] switch { >= '٠' and <= '٩' => (char)('0' + src[i] - '٠'), >= '۰' and <= '۹' => (char)('0' + src[i] - '۰'), _ => src[i] };
        });
}
