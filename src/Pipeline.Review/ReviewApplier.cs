using Pipeline.Output;
using Pipeline.Text;

namespace Pipeline.Review;

/// <summary>
/// Applies review decisions to claim records: by `review import` to the claims of a sheet, and by
/// `extract` as its final pass so that a re-extracted claim with the same stable id keeps its human
/// decision and is not sent back for review. Rejected claims stay in the output with status rejected.
/// </summary>
public static class ReviewApplier
{
    /// <summary>The final pass of `extract`: every claim with a stored decision gets it; the others are returned unchanged.</summary>
    public static IReadOnlyList<ClaimRecord> Apply(IReadOnlyList<ClaimRecord> claims, IReadOnlyList<ArticleRecord> articles, IReviewStore store)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in articles) texts.TryAdd(a.Id, a.Text);
        return Apply(claims, id => texts.GetValueOrDefault(id), store);
    }

    /// <summary>As above, with the article text looked up by article id (null when unknown: fixed fields then keep no offsets).</summary>
    public static IReadOnlyList<ClaimRecord> Apply(IReadOnlyList<ClaimRecord> claims, Func<string, string?> articleText, IReviewStore store)
    {
        var result = new List<ClaimRecord>(claims.Count);
        foreach (var claim in claims)
        {
            var stored = store.Find(claim.Id);
            result.Add(stored is null ? claim : Apply(Unreviewed(claim, stored.Original), stored.Decision, articleText(claim.Article.Id)));
        }
        return result;
    }

    /// <summary>
    /// One decision on one claim: the status, the note and, for a fix, the corrected fields. A fixed
    /// field gets offsets when its text is found in <paramref name="articleText"/> (see
    /// <see cref="SpanLocator"/>), else null offsets with the reviewer's text kept. A fixed speaker or
    /// target keeps the old mention's kind but loses its canonical name and country, which described
    /// the mention the reviewer replaced (unless the fix resolves to the very same span).
    /// </summary>
    public static ClaimRecord Apply(ClaimRecord claim, ReviewDecision decision, string? articleText)
    {
        var result = claim with { Status = decision.Status, Note = decision.Note };
        if (decision.Kind != DecisionKind.Fix) return result;
        var fix = decision.Fix;
        TextSpan? sentence = claim.Sentence is { Start: { } ss, End: { } se } ? new TextSpan(ss, se) : null;

        if (fix.Type is { } t && ClaimTypes.TryParse(t, out var type))
            result = result with { Type = type.Name(), Cameo = type.Cameo() };
        if (fix.Speaker is { } speaker && speaker != claim.Speaker.Text)
        {
            var (text, start, end) = Locate(articleText, speaker, sentence, claim.Speaker.Start);
            if (start != claim.Speaker.Start || end != claim.Speaker.End)
                result = result with { Speaker = claim.Speaker with { Text = text, Start = start, End = end, Canonical = null, Country = null } };
        }
        if (fix.Target is { } target && target != claim.Target?.Text)
        {
            var (text, start, end) = Locate(articleText, target, sentence, claim.Target?.Start);
            var old = claim.Target ?? new MentionRecord { Text = text };
            if (claim.Target is null || start != old.Start || end != old.End)
                result = result with { Target = old with { Text = text, Start = start, End = end, Canonical = null, Country = null } };
        }
        if (fix.Content is { } content && content != claim.Content?.Text)
        {
            var (text, start, end) = Locate(articleText, content, sentence, claim.Content?.Start);
            result = result with { Content = new SpanRecord { Text = text, Start = start, End = end } };
        }
        return result;
    }

    /// <summary>
    /// The claim as the machine produced it, when <paramref name="current"/> already carries an
    /// earlier decision: a changed decision (fix → accept) must not keep the old fix's fields.
    /// Confidence and model stay the current ones.
    /// </summary>
    public static ClaimRecord Unreviewed(ClaimRecord current, ClaimRecord original) =>
        !ReviewSelection.IsReviewed(current.Status) ? current : current with
        {
            Type = original.Type,
            Cameo = original.Cameo,
            Speaker = original.Speaker,
            Target = original.Target,
            Content = original.Content,
            Status = ReviewSelection.IsReviewed(original.Status) ? ClaimStatus.NeedsReview : original.Status,
            Note = null,
        };

    private static (string Text, int? Start, int? End) Locate(string? articleText, string text, TextSpan? sentence, int? near)
    {
        if (articleText is null || SpanLocator.Find(articleText, text, sentence, near) is not { } span) return (text, null, null);
        return (span.Of(articleText), span.Start, span.End);
    }
}
