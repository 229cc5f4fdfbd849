using System.IO.Hashing;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Normalise;

namespace Pipeline.Crawl.Dedup;

/// <summary>
/// Fingerprints of an article's text for syndication: an exact hash of the normalised words (the
/// same wire story re-typed with other diacritics, tatweel or hamza spellings hashes equal) and a
/// 64-bit SimHash over word 3-shingles (Charikar), whose Hamming distance estimates how much two
/// texts differ. Hand-written: SimHash is twenty lines and no maintained .NET package offers it.
/// </summary>
public static class TextFingerprint
{
    private const int ShingleWords = 3;

    /// <summary>The words of the normalised text (ArabicNormalizer), split on anything not a letter or digit.</summary>
    public static List<string> Words(string text)
    {
        string normal = ArabicNormalizer.Normalize(text);
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (char c in normal)
        {
            if (char.IsLetterOrDigit(c)) { sb.Append(char.ToLowerInvariant(c)); continue; }
            if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }

    /// <summary>SHA-256 (hex) of the normalised words joined by single spaces.</summary>
    public static string TextHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', Words(text)))));

    /// <summary>The SimHash of the text's word shingles; 0 for an empty text.</summary>
    public static ulong SimHash(string text)
    {
        var words = Words(text);
        if (words.Count == 0) return 0;
        Span<int> votes = stackalloc int[64];
        int n = Math.Max(1, words.Count - ShingleWords + 1);
        for (int i = 0; i < n; i++)
        {
            string shingle = string.Join(' ', words.Skip(i).Take(ShingleWords));
            ulong h = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(shingle));
            for (int bit = 0; bit < 64; bit++) votes[bit] += ((h >> bit) & 1) != 0 ? 1 : -1;
        }
        ulong result = 0;
        for (int bit = 0; bit < 64; bit++) if (votes[bit] > 0) result |= 1UL << bit;
        return result;
    }

    /// <summary>Number of differing bits.</summary>
    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);
}
