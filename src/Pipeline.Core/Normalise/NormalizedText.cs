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
    private readonly int[] _sourceStart;
    private readonly int[] _sourceEnd;

    private NormalizedText(string original, string text, int[] sourceStart, int[] sourceEnd)
    {
        Original = original;
        Text = text;
        _sourceStart = sourceStart;
        _sourceEnd = sourceEnd;
    }

    public string Original { get; }

    /// <summary>The matching form of <see cref="Original"/>.</summary>
    public string Text { get; }

    /// <summary>Builds the view of <paramref name="original"/> with <see cref="ArabicNormalizer"/>.</summary>
    public static NormalizedText Create(string original)
    {
        var sb = new StringBuilder(original.Length);
        var starts = new List<int>(original.Length);
        var ends = new List<int>(original.Length);
        for (int i = 0; i < original.Length; i++)
        {
            int n = ArabicNormalizer.Append(original[i], sb);
            for (int k = 0; k < n; k++)
            {
                starts.Add(i);
                ends.Add(i + 1);
            }
        }
        return new NormalizedText(original, sb.ToString(), starts.ToArray(), ends.ToArray());
    }

    /// <summary>Maps a non-empty range of the normalised text back to the original text.</summary>
    public TextSpan ToOriginal(int start, int end)
    {
        if (start < 0 || end > Text.Length || start >= end)
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start},{end}) is not a non-empty range of the normalised text (length {Text.Length}).");
        return new TextSpan(_sourceStart[start], _sourceEnd[end - 1]);
    }
}
