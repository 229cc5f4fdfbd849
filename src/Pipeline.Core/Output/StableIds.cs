using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Output;

/// <summary>
/// Ids that depend only on content, so that the same article text through the same model gives the
/// same ids on every run and reviewed decisions find their claims again.
/// </summary>
public static class StableIds
{
    public static string Article(string text) => "a-" + Hash(text, 16);

    /// <summary>A claim id from its article, type and the offsets of its speaker, cue and content.</summary>
    public static string Claim(string articleId, string type, int speakerStart, int speakerEnd, int cueStart, int contentStart, int contentEnd) =>
        "c-" + Hash($"{articleId}|{type}|{speakerStart}:{speakerEnd}|{cueStart}|{contentStart}:{contentEnd}", 12);

    private static string Hash(string s, int hexChars)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(s), digest);
        return Convert.ToHexStringLower(digest)[..hexChars];
    }
}
