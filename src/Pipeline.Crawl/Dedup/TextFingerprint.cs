using System.IO.Hashing;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Normalise;

namespace Pipeline.Crawl.Dedup;

/// <summary>
/// Fingerprints of an article's text for syndication: an exact hash of the normalised words (the
/// same wire story re-typed with other diacritics, tatweel or hamza spellings hashes equal), a
/// 64-bit SimHash over word 3-shingles (Charikar) as a cheap first filter, and a 64-value MinHash
/// signature of the same shingles (Broder) that estimates their Jaccard similarity to confirm a match.
/// SimHash alone cannot separate a re-bylined copy from a different story on news-length texts
/// (a few hundred words: a 7-word byline moves up to 12 bits, unrelated stories can be 10 apart).
/// Hand-written: both are a few lines and no maintained .NET package offers them.
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
        foreach (ulong h in Shingles(words))
            for (int bit = 0; bit < 64; bit++) votes[bit] += ((h >> bit) & 1) != 0 ? 1 : -1;
        ulong result = 0;
        for (int bit = 0; bit < 64; bit++) if (votes[bit] > 0) result |= 1UL << bit;
        return result;
    }

    public const int MinHashSize = 64;

    /// <summary>The MinHash signature of the text's word shingles; all zeros for an empty text.</summary>
    public static ulong[] MinHash(string text)
    {
        var signature = new ulong[MinHashSize];
        var words = Words(text);
        if (words.Count == 0) return signature;
        Array.Fill(signature, ulong.MaxValue);
        foreach (ulong h in Shingles(words))
            for (int i = 0; i < MinHashSize; i++)
            {
                ulong v = Mix(h + (ulong)(i + 1) * 0x9E3779B97F4A7C15UL);
                if (v < signature[i]) signature[i] = v;
            }
        return signature;
    }

    /// <summary>Estimated Jaccard similarity of two texts' shingle sets (0..1).</summary>
    public static double Similarity(ulong[] a, ulong[] b)
    {
        int same = 0;
        for (int i = 0; i < MinHashSize; i++) if (a[i] == b[i]) same++;
        return same / (double)MinHashSize;
    }

    private static IEnumerable<ulong> Shingles(List<string> words)
    {
        int n = Math.Max(1, words.Count - ShingleWords + 1);
        for (int i = 0; i < n; i++)
            yield return XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(string.Join(' ', words.Skip(i).Take(ShingleWords))));
    }

    // SplitMix64 finaliser: turns one shingle hash into the i-th independent-looking permutation.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Number of differing bits.</summary>
    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);
}
