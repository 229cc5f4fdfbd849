using System.Buffers;
using System.Text;
using Pipeline.Text;

namespace Pipeline.Normalise;

/// <summary>
/// The normalised matching view of an article with a map back to the unchanged text, in the manner of
/// Lucene's offset-correcting char filters: character <c>j</c> of <see cref="Text"/> came from the
/// original character <c>SourceOf(j)</c>.
/// </summary>
/// <remarks>
/// Every normalised character comes from exactly one original character, at <c>j + shift</c> where the
/// shift changes only where the normaliser dropped characters (marks, tatweel, invisible controls) or
/// expanded one (a presentation-form ligature). The map keeps those changes alone — like Lucene's
/// <c>BaseCharFilter</c> corrections — so an article without such characters costs its normalised
/// string and nothing more, not four bytes a character.
/// </remarks>
public sealed class NormalizedText
{
    // Shift s[k] applies from normalised index at[k] up to the next change; before at[0] it is 0.
    private readonly int[] _changeAt;
    private readonly int[] _shift;

    private NormalizedText(string original, string text, int[] changeAt, int[] shift)
    {
        Original = original;
        Text = text;
        _changeAt = changeAt;
        _shift = shift;
    }

    public string Original { get; }

    /// <summary>The matching form of <see cref="Original"/>.</summary>
    public string Text { get; }

    /// <summary>Builds the view of <paramref name="original"/> with <see cref="ArabicNormalizer"/>.</summary>
    public static NormalizedText Create(string original)
    {
        char[] chars = ArrayPool<char>.Shared.Rent(Math.Max(16, original.Length));
        var changes = new ShiftChanges();
        int n = 0;
        StringBuilder? expanded = null;
        try
        {
            for (int i = 0; i < original.Length; i++)
            {
                char c = original[i];
                if (c < ArabicNormalizer.BasicEnd)
                {
                    if (!ArabicNormalizer.TryFoldBasic(c, out char f)) continue;
                    Put(ref chars, ref n, f, i, ref changes);
                    continue;
                }
                if (ArabicNormalizer.IsIgnorable(c)) continue;
                if (!ArabicNormalizer.IsPresentationForm(c))
                {
                    Put(ref chars, ref n, ArabicNormalizer.Fold(c), i, ref changes);
                    continue;
                }
                // presentation forms decompose (ﻻ gives لا): one original character may give several
                expanded ??= new StringBuilder(4);
                expanded.Clear();
                ArabicNormalizer.Append(c, expanded);
                for (int k = 0; k < expanded.Length; k++) Put(ref chars, ref n, expanded[k], i, ref changes);
            }
            return new NormalizedText(original, new string(chars, 0, n), changes.At(), changes.Shifts());
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static void Put(ref char[] chars, ref int n, char c, int source, ref ShiftChanges changes)
    {
        if (n == chars.Length)
        {
            var bigger = ArrayPool<char>.Shared.Rent(chars.Length * 2);
            chars.AsSpan(0, n).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(chars);
            chars = bigger;
        }
        changes.Note(n, source - n);
        chars[n++] = c;
    }

    /// <summary>The original index of normalised character <paramref name="j"/>.</summary>
    private int SourceOf(int j)
    {
        int k = Array.BinarySearch(_changeAt, j);
        if (k < 0) k = ~k - 1; // the last change at or before j
        return j + (k < 0 ? 0 : _shift[k]);
    }

    /// <summary>Maps a non-empty range of the normalised text back to the original text.</summary>
    public TextSpan ToOriginal(int start, int end)
    {
        if (start < 0 || end > Text.Length || start >= end)
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start},{end}) is not a non-empty range of the normalised text (length {Text.Length}).");
        return new TextSpan(SourceOf(start), SourceOf(end - 1) + 1);
    }

    /// <summary>The points where the shift from normalised to original index changes, in order.</summary>
    private struct ShiftChanges
    {
        private List<int>? _at;
        private List<int>? _shifts;
        private int _current;

        public void Note(int at, int shift)
        {
            if (shift == _current) return;
            (_at ??= []).Add(at);
            (_shifts ??= []).Add(shift);
            _current = shift;
        }

        public readonly int[] At() => _at?.ToArray() ?? [];

        public readonly int[] Shifts() => _shifts?.ToArray() ?? [];
    }
}
