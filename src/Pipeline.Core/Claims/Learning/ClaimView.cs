using Pipeline.Text;

namespace Pipeline.Claims.Learning;

/// <summary>
/// Where a candidate claim's parts lie in the document's tokens: its sentence, cue, speaker and content
/// as half-open token ranges, for the feature extractors.
/// </summary>
public readonly record struct ClaimView(int SentenceFirst, int SentenceEnd, int Cue, int SpeakerFirst, int SpeakerEnd, int ContentFirst, int ContentEnd)
{
    public static ClaimView Of(Document d, Claim c)
    {
        var tokens = d.Tokens;
        var (sf, se) = Range(tokens, c.Sentence);
        var (cf, _) = Range(tokens, c.Cue);
        var (pf, pe) = Range(tokens, c.Speaker.Span);
        var content = c.Content ?? c.Quote ?? new TextSpan(c.Cue.End, c.Sentence.End);
        var (kf, ke) = Range(tokens, content);
        return new ClaimView(sf, se, c.Cue.IsEmpty ? -1 : cf, pf, pe, kf, ke);
    }

    /// <summary>The tokens that start inside <paramref name="span"/>, by binary search (a claim in a run-on sentence costs log time).</summary>
    public static (int First, int End) Range(List<Token> tokens, TextSpan span)
    {
        int first = LowerBound(tokens, span.Start);
        return (first, Math.Max(first, LowerBound(tokens, span.End)));
    }

    private static int LowerBound(List<Token> tokens, int start)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < start) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
