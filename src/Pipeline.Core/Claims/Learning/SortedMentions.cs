using Pipeline.Text;

namespace Pipeline.Claims.Learning;

/// <summary>Look-ups in a document's mentions sorted by start, by binary search (a claim costs log time however many mentions there are).</summary>
public static class SortedMentions
{
    /// <summary>The mentions of <paramref name="d"/> ordered by start.</summary>
    public static Mention[] Of(Document d) => d.Mentions.OrderBy(m => m.Start).ToArray();

    /// <summary>The index of the first mention starting at or after <paramref name="start"/> (the length when none does).</summary>
    public static int FirstFrom(Mention[] sorted, int start)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].Start < start) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The first mention starting at or after <paramref name="start"/>, or null.</summary>
    public static Mention? StartingFrom(Mention[] sorted, int start) => FirstFrom(sorted, start) is var i && i < sorted.Length ? sorted[i] : null;

    /// <summary>The index of the last mention starting at or before <paramref name="start"/> (the one that may cover it), or -1.</summary>
    public static int LastAtOrBefore(Mention[] sorted, int start) => FirstFrom(sorted, start + 1) - 1;

    /// <summary>The mention that starts at <paramref name="t"/> or reaches over it, or null.</summary>
    public static Mention? Covering(Mention[] sorted, Token t)
    {
        int i = LastAtOrBefore(sorted, t.Start);
        return i >= 0 && sorted[i].End >= t.End ? sorted[i] : null;
    }
}
