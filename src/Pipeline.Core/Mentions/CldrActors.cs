using System.Globalization;

namespace Pipeline.Mentions;

/// <summary>
/// Builds the state part of the actor gazetteer (models/actors.tsv) from the Unicode CLDR Arabic
/// territory names: every two-letter region with a three-letter ISO code becomes a GPE whose
/// canonical name is CLDR's (alternative forms -alt-short/-alt-variant map to the same state).
/// Regions without an ISO 3166 alpha-3 code (numeric UN M.49 areas, EU, UN, ZZ) are left out; the
/// hand-made actors-extra.tsv covers the bodies among them.
/// </summary>
public static class CldrActors
{
    /// <summary>Rows (name, canonical, kind, country) from the lines of ar.territories.tsv (header included).</summary>
    public static IEnumerable<(string Name, string Canonical, string Kind, string Country)> FromTerritories(IEnumerable<string> lines)
    {
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<(string Code, string Name)>();
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 2 || f[1].Length == 0) continue;
            var code = f[0].Split("-alt-")[0];
            if (code.Length != 2 || !char.IsAsciiLetterUpper(code[0])) continue;
            if (!f[0].Contains("-alt-")) canonical[code] = f[1];
            rows.Add((code, f[1]));
        }
        foreach (var (code, name) in rows)
        {
            if (Iso3(code) is not { } iso3 || !canonical.TryGetValue(code, out var canon)) continue;
            yield return (name, canon, "GPE", iso3);
        }
    }

    /// <summary>The ISO 3166-1 alpha-3 code of a two-letter region, from .NET's region data.</summary>
    public static string? Iso3(string iso2)
    {
        if (iso2 is "EU" or "EZ" or "UN" or "QO" or "ZZ" or "XA" or "XB") return null;
        try
        {
            var iso3 = new RegionInfo(iso2).ThreeLetterISORegionName;
            return iso3.Length == 3 && char.IsAsciiLetterUpper(iso3[0]) ? iso3 : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
