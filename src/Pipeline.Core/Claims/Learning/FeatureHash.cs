namespace Pipeline.Claims.Learning;

/// <summary>
/// Hashes feature names (a prefix and up to two values) into a fixed range of columns, so a model needs
/// no vocabulary file and a feature costs no string. Strings hash with FNV-1a over UTF-16 units (stable
/// across runs, platforms and .NET versions, unlike string.GetHashCode); a feature combines the hashes
/// of its parts with a 64-bit mixer, so a word's hash is computed once per article and reused in every
/// feature that names it (<see cref="TokenHashes"/>).
/// </summary>
public static class FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>The hash of one string part.</summary>
    public static uint Str(ReadOnlySpan<char> s)
    {
        uint h = Offset;
        foreach (char c in s)
        {
            h = (h ^ (byte)c) * Prime;
            h = (h ^ (byte)(c >> 8)) * Prime;
        }
        return h;
    }

    /// <summary>The column of a feature given the hashes of its prefix and values (0 for a missing value).</summary>
    public static int Of(int bits, uint prefix, uint a = 0, uint b = 0)
    {
        ulong x = prefix;
        x = (x * 0x9E3779B97F4A7C15UL) ^ a;
        x = ((x ^ (x >> 29)) * 0xBF58476D1CE4E5B9UL) ^ b;
        x = (x ^ (x >> 32)) * 0x94D049BB133111EBUL;
        x ^= x >> 29;
        return (int)(x & ((1UL << bits) - 1));
    }

    public static int Of(int bits, string prefix, ReadOnlySpan<char> a = default, ReadOnlySpan<char> b = default) =>
        Of(bits, Str(prefix), Str(a), Str(b));
}
