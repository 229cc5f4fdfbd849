namespace Pipeline.Claims.Learning;

/// <summary>The hashed features of one example, collected into a reusable list.</summary>
public sealed class FeatureBag(int bits)
{
    private readonly List<int> _features = new(256);

    public int Bits => bits;

    public void Clear() => _features.Clear();

    public void Add(string prefix, ReadOnlySpan<char> a = default, ReadOnlySpan<char> b = default) =>
        _features.Add(FeatureHash.Of(bits, FeatureHash.Str(prefix), FeatureHash.Str(a), FeatureHash.Str(b)));

    /// <summary>A feature from already hashed parts (<see cref="FeatureHash.Str"/>).</summary>
    public void Add(uint prefix, uint a, uint b = 0) => _features.Add(FeatureHash.Of(bits, prefix, a, b));

    public ReadOnlySpan<int> AsSpan() => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_features);

    public int[] ToArray() => [.. _features];
}
