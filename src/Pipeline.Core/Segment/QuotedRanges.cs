using Pipeline.Text;

namespace Pipeline.Segment;

/// <summary>
/// The text inside quotation marks, as merged, ordered [Start, End) ranges, asked with positions
/// that never decrease (one pass of the segmenter), so each question costs O(1) amortised.
/// </summary>
internal sealed class QuotedRanges
{
    private readonly List<TextSpan> _ranges;
    private readonly HashSet<int> _opens;
    private int _next;

    public QuotedRanges(IReadOnlyList<Quotation> quotations)
    {
        var inner = new List<TextSpan>(quotations.Count);
        _opens = new HashSet<int>(quotations.Count);
        foreach (var q in quotations)
        {
            if (!q.Inner.IsEmpty) inner.Add(q.Inner);
            _opens.Add(q.Open.Start);
        }
        inner.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        _ranges = new List<TextSpan>(inner.Count);
        foreach (var r in inner)
        {
            if (_ranges.Count > 0 && r.Start <= _ranges[^1].End)
            {
                var last = _ranges[^1];
                _ranges[^1] = new TextSpan(last.Start, Math.Max(last.End, r.End));
            }
            else
            {
                _ranges.Add(r);
            }
        }
    }

    /// <summary>The quoted range holding <paramref name="position"/>; positions must not decrease between calls.</summary>
    public bool TryFind(int position, out TextSpan range)
    {
        while (_next < _ranges.Count && _ranges[_next].End <= position) _next++;
        if (_next < _ranges.Count && _ranges[_next].Start <= position)
        {
            range = _ranges[_next];
            return true;
        }
        range = default;
        return false;
    }

    public bool Contains(int position) => TryFind(position, out _);

    /// <summary>True when a quotation opens with the mark at <paramref name="position"/>.</summary>
    public bool IsOpening(int position) => _opens.Contains(position);
}
