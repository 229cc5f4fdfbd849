using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Output;

/// <summary>
/// Ids that depend only on content, so that the same article text through the same model gives the
/// same ids on every run and reviewed decisions find their claims again.
/// </summary>
public static class StableIds
{
    public static string Article(string text) => Hash("a-", text, 16);

    /// <summary>A claim id from its article, type and the offsets of its speaker, cue and content.</summary>
    public static string Claim(string articleId, string type, int speakerStart, int speakerEnd, int cueStart, int contentStart, int contentEnd)
    {
        // The hashed key is formatted on the stack: same characters as the interpolated string, no garbage.
        Span<char> key = stackalloc char[256];
        return key.TryWrite($"{articleId}|{type}|{speakerStart}:{speakerEnd}|{cueStart}|{contentStart}:{contentEnd}", out int written)
            ? Hash("c-", key[..written], 12)
            : Hash("c-", $"{articleId}|{type}|{speakerStart}:{speakerEnd}|{cueStart}|{contentStart}:{contentEnd}", 12);
    }

    /// <summary><paramref name="prefix"/> and the first <paramref name="hexChars"/> (even) lower-case hex digits of the SHA-256 of the UTF-8 text, as one string.</summary>
    private static string Hash(string prefix, ReadOnlySpan<char> s, int hexChars)
    {
        const int onStack = 1024;
        int max = Encoding.UTF8.GetMaxByteCount(s.Length);
        byte[]? rented = max > onStack ? ArrayPool<byte>.Shared.Rent(max) : null;
        try
        {
            Span<byte> bytes = rented is null ? stackalloc byte[onStack] : rented;
            int length = Encoding.UTF8.GetBytes(s, bytes);
            Span<byte> digest = stackalloc byte[32];
            SHA256.HashData(bytes[..length], digest);
            Span<char> id = stackalloc char[prefix.Length + hexChars];
            prefix.CopyTo(id);
            Convert.TryToHexStringLower(digest[..(hexChars / 2)], id[prefix.Length..], out _);
            return new string(id);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
