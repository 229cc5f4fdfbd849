namespace Pipeline.Lexicons;

/// <summary>
/// A quick "certainly not a key" test for lexicon lookups on spans: a bit table of the keys'
/// (first letter, last letter, length), hashed. Most words tried against a lexicon are not in it, and
/// this turns them away before the span is hashed and compared. Conservative: a collision only lets a
/// word through to the real lookup, so results never change.
/// </summary>
public sealed class KeyFilter
{
    private const int Slots = 1 << 16;
    private readonly ulong[] _bits = new ulong[Slots / 64];
    private readonly bool _hasEmpty;

    public KeyFilter(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (key.Length == 0) _hasEmpty = true;
            else Set(Slot(key[0], key[^1], key.Length));
        }
    }

    private void Set(int slot) => _bits[slot >> 6] |= 1UL << slot;

    /// <summary>Slot of a (first letter, last letter, length) triple.</summary>
    internal static int Slot(char first, char last, int length) =>
        (int)(((uint)first * 0x9E3779B1u ^ (uint)last * 0x85EBCA77u ^ (uint)length * 0xC2B2AE3Du) >> 16);

    /// <summary>False when <paramref name="key"/> is certainly not one of the keys.</summary>
    public bool MayContain(ReadOnlySpan<char> key) =>
        key.IsEmpty ? _hasEmpty : MayContain(key[0], key[^1], key.Length);

    /// <summary>False when no key has this first letter, last letter and length.</summary>
    public bool MayContain(char first, char last, int length)
    {
        int slot = Slot(first, last, length);
        return (_bits[slot >> 6] & (1UL << slot)) != 0;
    }
}
