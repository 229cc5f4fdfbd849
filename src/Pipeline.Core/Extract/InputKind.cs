using System.Text;
using Pipeline.Read;

namespace Pipeline.Extract;

/// <summary>
/// Decides whether an input is an HTML page or plain text: by file extension, then by the HTTP
/// content type, then by sniffing for HTML markup near the start (crawled pages, odd extensions).
/// </summary>
internal static class InputKind
{
    private static readonly string[] HtmlMarkers = ["<!doctype html", "<html", "<head", "<body", "<meta ", "<div", "<p>", "<article"];

    /// <summary>True for names ending in .html/.htm/.xhtml, HTML content types, or bytes that start like markup.</summary>
    public static bool IsHtml(RawInput input)
    {
        string ext = System.IO.Path.GetExtension(input.Path ?? "").ToLowerInvariant();
        if (ext is ".html" or ".htm" or ".xhtml" or ".shtml") return true;
        if (ext is ".txt" or ".text") return false;
        string type = (input.ContentType ?? "").ToLowerInvariant();
        if (type.Contains("html")) return true;
        if (type.StartsWith("text/plain", StringComparison.Ordinal)) return false;
        return LooksLikeMarkup(input.Bytes);
    }

    /// <summary>Whether the first 2 KB (read as Latin-1, enough for ASCII tags) hold an HTML tag.</summary>
    public static bool LooksLikeMarkup(ReadOnlySpan<byte> bytes)
    {
        int start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var slice = bytes[start..Math.Min(bytes.Length, start + 2048)];
        if (slice.IndexOf((byte)0) >= 0) slice = Narrow(slice); // UTF-16: keep the ASCII half of each unit
        string head = Encoding.Latin1.GetString(slice).TrimStart().ToLowerInvariant();
        if (head.StartsWith("<?xml", StringComparison.Ordinal) && head.Contains("<html")) return true;
        return head.StartsWith('<') && HtmlMarkers.Any(head.Contains);
    }

    private static byte[] Narrow(ReadOnlySpan<byte> bytes)
    {
        var list = new List<byte>(bytes.Length / 2);
        foreach (var b in bytes) if (b != 0 && b != 0xFF && b != 0xFE) list.Add(b);
        return [.. list];
    }
}
