using System.Text;
using System.Text.RegularExpressions;
using UtfUnknown;

namespace Pipeline.Read;

/// <summary>How the encoding of an input was decided, for messages and tests.</summary>
public enum EncodingSource { ByteOrderMark, ContentType, MetaTag, ValidUtf8, Detected, Utf8WithErrors }

/// <summary>An encoding choice: the strict encoding, what decided it and how many BOM bytes to skip.</summary>
public sealed record EncodingChoice(Encoding Encoding, EncodingSource Source, int Skip = 0);

/// <summary>
/// Finds the encoding of raw bytes in the order a browser would: byte-order mark, HTTP charset,
/// the HTML &lt;meta&gt; declaration, then valid UTF-8, then statistical detection (UTF.Unknown)
/// limited to the Arabic legacy code pages this pipeline expects.
/// </summary>
public static class EncodingDetector
{
    /// <summary>How far into the bytes to look for a &lt;meta charset&gt; (heads with long scripts push it past 1 KB).</summary>
    private const int MetaPrescanBytes = 32 * 1024;

    /// <summary>Encodings that detection may choose; anything else undeclared and not UTF-8 is rejected.</summary>
    private static readonly HashSet<int> DetectableCodePages = [1256, 28596];

    private static readonly Regex MetaCharset = new(
        @"<meta[^>]+?charset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The encoding announced by a byte-order mark, or null.</summary>
    public static EncodingChoice? FromByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new(CharsetLabels.Strict(Encoding.UTF8), EncodingSource.ByteOrderMark, 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new(CharsetLabels.Strict(Encoding.Unicode), EncodingSource.ByteOrderMark, 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new(CharsetLabels.Strict(Encoding.BigEndianUnicode), EncodingSource.ByteOrderMark, 2);
        return null;
    }

    /// <summary>The encoding named by the HTTP Content-Type charset, or null when absent or unknown.</summary>
    public static EncodingChoice? FromContentType(string? contentType) =>
        CharsetLabels.Find(CharsetLabels.FromContentType(contentType)) is { } e ? new(e, EncodingSource.ContentType) : null;

    /// <summary>
    /// The encoding declared by <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv="content-type"&gt;</c>
    /// near the start of an HTML page, or null. The bytes are read as Latin-1, which keeps ASCII markup intact.
    /// </summary>
    public static EncodingChoice? FromMetaTag(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, MetaPrescanBytes)]);
        var match = MetaCharset.Match(head);
        if (!match.Success) return null;
        var encoding = CharsetLabels.Find(match.Groups[1].Value);
        // A page cannot really be UTF-16 if its meta tag was readable as ASCII (HTML spec: treat as UTF-8).
        if (encoding is { CodePage: 1200 or 1201 }) encoding = CharsetLabels.Strict(Encoding.UTF8);
        return encoding is null ? null : new(encoding, EncodingSource.MetaTag);
    }

    /// <summary>UTF-8 when every byte sequence is valid UTF-8 (pure ASCII included), else null.</summary>
    public static EncodingChoice? FromValidUtf8(ReadOnlySpan<byte> bytes) =>
        System.Text.Unicode.Utf8.IsValid(bytes) ? new(CharsetLabels.Strict(Encoding.UTF8), EncodingSource.ValidUtf8) : null;

    /// <summary>
    /// Statistical detection for undeclared legacy Arabic text (windows-1256, iso-8859-6).
    /// Returns null, with the detector's best guess name, when it finds no expected encoding.
    /// </summary>
    public static EncodingChoice? Detect(byte[] bytes, out string? guess)
    {
        CharsetLabels.EnsureRegistered();
        var result = CharsetDetector.DetectFromBytes(bytes);
        guess = result.Detected?.EncodingName;
        foreach (var detail in result.Details.OrderByDescending(d => d.Confidence))
        {
            if (detail.Encoding is null || detail.Confidence < 0.2f) continue;
            if (!DetectableCodePages.Contains(detail.Encoding.CodePage)) continue;
            return new(CharsetLabels.Strict(detail.Encoding), EncodingSource.Detected);
        }
        return null;
    }
}
