using System.Text;

namespace Pipeline.Read;

/// <summary>
/// Turns a charset label from a Content-Type header or a &lt;meta&gt; tag into a strict
/// <see cref="Encoding"/> (one that throws on bytes it cannot decode), so that a wrong label is
/// noticed instead of silently producing replacement characters.
/// </summary>
internal static class CharsetLabels
{
    static CharsetLabels() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Labels that .NET does not know by these names but pages use (WHATWG aliases).</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf8"] = "utf-8",
        ["unicode-1-1-utf-8"] = "utf-8",
        ["cp1256"] = "windows-1256",
        ["x-cp1256"] = "windows-1256",
        ["arabic"] = "iso-8859-6",
        ["iso-8859-6-i"] = "iso-8859-6",
        ["iso-8859-6-e"] = "iso-8859-6",
        ["asmo-708"] = "iso-8859-6",
        ["ecma-114"] = "iso-8859-6",
        ["latin1"] = "windows-1252",
        ["iso-8859-1"] = "windows-1252",
        ["us-ascii"] = "windows-1252",
        ["ascii"] = "windows-1252",
    };

    /// <summary>Ensures the code-page encodings (windows-1256, iso-8859-6, …) are registered.</summary>
    public static void EnsureRegistered() => _ = Aliases.Count;

    /// <summary>The strict encoding for a label, or null when the label is unknown.</summary>
    public static Encoding? Find(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        string name = label.Trim().Trim('"', '\'').Trim();
        if (Aliases.TryGetValue(name, out var alias)) name = alias;
        try
        {
            var encoding = Encoding.GetEncoding(name);
            return Strict(encoding);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>A copy of the encoding that throws on undecodable bytes.</summary>
    public static Encoding Strict(Encoding encoding) =>
        encoding.CodePage switch
        {
            65001 => new UTF8Encoding(false, true),
            1200 => new UnicodeEncoding(false, false, true),
            1201 => new UnicodeEncoding(true, false, true),
            _ => Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
        };

    /// <summary>The charset parameter of a Content-Type value (<c>text/html; charset=utf-8</c>), or null.</summary>
    public static string? FromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return null;
        foreach (var part in contentType.Split(';'))
        {
            var kv = part.Split('=', 2);
            if (kv.Length == 2 && kv[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
                return kv[1].Trim().Trim('"', '\'');
        }
        return null;
    }
}
