using System.Text;
using System.Text.Json;

namespace Pipeline.Crawl.Output;

/// <summary>
/// Undoes the traces of a write interrupted by a kill: a trailing partial line in any JSONL file,
/// and claim lines at the end of claims.jsonl whose article line never made it to articles.jsonl
/// (claims are written before their article, so the article line is the commit mark).
/// Runs before a day's files are appended to. Returns the bytes removed from each file.
/// </summary>
public static class JsonlRepair
{
    /// <summary>Cuts a file back to its last complete line; returns the bytes removed.</summary>
    public static long TruncatePartialLine(string path)
    {
        if (!File.Exists(path)) return 0;
        using var fs = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        long keep = LastNewlineEnd(fs);
        long removed = fs.Length - keep;
        if (removed > 0) { fs.SetLength(keep); fs.Flush(true); }
        return removed;
    }

    /// <summary>Removes trailing claim lines whose article id is not among <paramref name="articleIds"/>.</summary>
    public static long DropOrphanClaims(string path, IReadOnlySet<string> articleIds)
    {
        long removed = TruncatePartialLine(path);
        if (!File.Exists(path)) return removed;
        var bytes = File.ReadAllBytes(path);
        long keep = bytes.Length;
        while (keep > 0)
        {
            int from = (int)keep - 2;
            int start = from < 0 ? 0 : Array.LastIndexOf(bytes, (byte)'\n', from) + 1;
            string line = Encoding.UTF8.GetString(bytes, start, (int)keep - start).Trim();
            if (line.Length > 0 && ArticleIdOfClaim(line) is { } id && articleIds.Contains(id)) break;
            keep = start;
        }
        if (keep < bytes.Length)
        {
            using var fs = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
            fs.SetLength(keep);
            fs.Flush(true);
        }
        return removed + bytes.Length - keep;
    }

    /// <summary>The article.id of a claims/1 line, or null when the line is not one.</summary>
    public static string? ArticleIdOfClaim(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            return doc.RootElement.TryGetProperty("article", out var a) && a.TryGetProperty("id", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null; // a corrupt line at the tail is removed like an orphan
        }
    }

    private static long LastNewlineEnd(FileStream fs)
    {
        var buffer = new byte[8192];
        long pos = fs.Length;
        while (pos > 0)
        {
            int n = (int)Math.Min(buffer.Length, pos);
            pos -= n;
            fs.Position = pos;
            fs.ReadExactly(buffer, 0, n);
            int i = Array.LastIndexOf(buffer, (byte)'\n', n - 1);
            if (i >= 0) return pos + i + 1;
        }
        return 0;
    }
}
