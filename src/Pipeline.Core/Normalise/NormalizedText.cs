using System.Text;
using Pipeline.Text;

namespace Pipeline.Normalise;

/// <summary>
/// The normalised matching view of an article with a map back to the unchanged text, in the manner of
/// Lucene's offset-correcting char filters: character <c>j</c> of <see cref="Text"/> came from the
/// original range <c>[SourceStart[j], SourceEnd[j])</c>.
/// </summary>
public sealed class NormalizedText
{
    // Every normalised character comes from exactly one original character, so its source range is
    // [start, start + 1) and one array is enough. It may be longer than Text (it is sized for the original).
    private readonly int[] _sourceStart;

    private NormalizedText(string original, string text, int[] sourceStart)
    {
        Original = original;
        Text = text;
        _sourceStart = sourceStart;
    }

    public string Original { get; }

    /// <summary>The matching form of <see cref="Original"/>.</summary>
    public string Text { get; }

    /// <summary>Builds the view of <paramref name="original"/> with <see cref="ArabicNormalizer"/>.</summary>
    public static NormalizedText Create(string original)
    {
        var chars = new char[original.Length];
        var starts = new int[original.Length];
        int n = 0;
        StringBuilder? expanded = null;
        for (int i = 0; i < original.Length; i++)
        {
            char c = original[i];
            if (c < ArabicNormalizer.BasicEnd)
            {
                if (!ArabicNormalizer.TryFoldBasic(c, out char f)) continue;
                if (n == chars.Length) Grow(ref chars, ref starts);
                chars[n] = f;
                starts[n++] = i;
                continue;
            }
            if (ArabicNormalizer.IsIgnorable(c)) continue;
            if (!ArabicNormalizer.IsPresentationForm(c))
            {
                if (n == chars.Length) Grow(ref chars, ref starts);
                chars[n] = ArabicNormalizer.Fold(c);
                starts[n++] = i;
                continue;
            }
            // presentation forms decompose (ﻻ gives لا): one original character may give several
            expanded ??= new StringBuilder(4);
            expanded.Clear();
            ArabicNormalizer.Append(c, expanded);
            for (int k = 0; k < expanded.Length; k++)
            {
                if (n == chars.Length) Grow(ref chars, ref starts);
                chars[n] = expanded[k];
                starts[n++] = i;
            }
        }
        return new NormalizedText(original, new string(chars, 0, n), starts);
    }

    private static void Grow(ref char[] chars, ref int[] starts)
    {
        int size = Math.Max(16, chars.Length * 2);
        Array.Resize(ref chars, size);
        Array.Resize(ref starts, size);
    }

    /// <summary>Maps a non-empty range of the normalised text back to the original text.</summary>
    public TextSpan ToOriginal(int start, int end)
    {
        if (start < 0 || end > Text.Length || start >= end)
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start},{end}) is not a non-empty range of the normalised text (length {Text.Length}).");
        return new TextSpan(_sourceStart[start], _sourceStart[end - 1] + 1);
    }
}
