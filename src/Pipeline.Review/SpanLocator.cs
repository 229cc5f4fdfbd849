using Pipeline.Normalise;
using Pipeline.Text;

namespace Pipeline.Review;

/// <summary>
/// Finds a reviewer's corrected text in the article so the corrected field gets offsets again.
/// Exact occurrences first, then occurrences in the normalised matching view (a reviewer may type
/// أ as ا, drop diacritics or tatweel), mapped back to the unchanged text. Among several occurrences
/// the one inside (or nearest to) the claim's sentence wins, then the one nearest the old field.
/// </summary>
public static class SpanLocator
{
    public static TextSpan? Find(string articleText, string text, TextSpan? sentence, int? near)
    {
        if (text.Length == 0 || articleText.Length == 0) return null;
        var found = Exact(articleText, text).ToList();
        if (found.Count == 0) found = Normalised(articleText, text).ToList();
        if (found.Count == 0) return null;
        return found
            .Select(s => WithMarks(articleText, s))
            .OrderBy(s => Distance(s, sentence))
            .ThenBy(s => EndsWord(articleText, s) ? 0 : 1)
            .ThenBy(s => near is { } n ? Math.Abs(s.Start - n) : 0)
            .ThenBy(s => s.Start)
            .First();
    }

    private static IEnumerable<TextSpan> Exact(string haystack, string needle)
    {
        for (int i = haystack.IndexOf(needle, StringComparison.Ordinal); i >= 0;
             i = haystack.IndexOf(needle, i + 1, StringComparison.Ordinal))
            yield return new TextSpan(i, i + needle.Length);
    }

    private static IEnumerable<TextSpan> Normalised(string articleText, string text)
    {
        string needle = ArabicNormalizer.Normalize(text);
        if (needle.Length == 0) yield break;
        var view = NormalizedText.Create(articleText);
        foreach (var s in Exact(view.Text, needle))
            yield return view.ToOriginal(s.Start, s.End);
    }

    /// <summary>Takes in the diacritics after the last letter (لاحقا → لاحقاً): they belong to it.</summary>
    private static TextSpan WithMarks(string text, TextSpan s)
    {
        int end = s.End;
        while (end < text.Length && char.GetUnicodeCategory(text[end]) == System.Globalization.UnicodeCategory.NonSpacingMark) end++;
        return s with { End = end };
    }

    /// <summary>Whether the occurrence ends a word ("الصين", not the start of "الصينية").</summary>
    private static bool EndsWord(string text, TextSpan s) => s.End >= text.Length || !char.IsLetterOrDigit(text[s.End]);

    /// <summary>0 inside the sentence, otherwise how far outside it the occurrence starts.</summary>
    private static int Distance(TextSpan s, TextSpan? sentence)
    {
        if (sentence is not { } sn) return 0;
        if (sn.Contains(s)) return 0;
        return s.Start < sn.Start ? sn.Start - s.Start : Math.Max(1, s.Start - sn.End + 1);
    }
}
