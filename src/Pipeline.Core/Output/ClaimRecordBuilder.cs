using Pipeline.Text;

namespace Pipeline.Output;

/// <summary>Options that decide a claim's status at output time.</summary>
public sealed class ReviewThresholdOptions
{
    /// <summary>Claims with a confidence under this value get status needs_review.</summary>
    public double ReviewThreshold { get; set; } = 0.6;
}

/// <summary>Turns an analysed document into the articles/1 and claims/1 records.</summary>
public sealed class ClaimRecordBuilder(double reviewThreshold, string modelName)
{
    public string ModelName => modelName;

    public ArticleRecord ArticleRecord(Document d) => new()
    {
        Id = d.Id,
        Path = d.Meta.Path,
        Url = d.Meta.Url,
        Title = d.Meta.Title,
        Published = d.Meta.Published,
        Author = d.Meta.Author,
        Site = d.Meta.Site,
        Text = d.Text,
    };

    public IReadOnlyList<ClaimRecord> ClaimRecords(Document d)
    {
        var article = new ArticleRef { Id = d.Id, Path = d.Meta.Path, Url = d.Meta.Url, Title = d.Meta.Title, Published = d.Meta.Published };
        var records = new List<ClaimRecord>(d.Claims.Count);
        // a set only for long lists: most articles have a handful of claims, and scanning them costs nothing
        var seen = d.Claims.Count > 16 ? new HashSet<string>(StringComparer.Ordinal) : null;
        // Claims of one sentence (and of one cue) come together: their records share the sliced text.
        (TextSpan Span, string Text) sentence = default, cue = default;
        foreach (var c in d.Claims)
        {
            string type = c.Type.Name();
            string id = IdOf(d, c);
            if (seen is null ? HasId(records, id) : !seen.Add(id)) continue;
            double conf = Math.Round(Math.Clamp(c.Confidence, 0, 1), 3);
            records.Add(new ClaimRecord
            {
                Id = id,
                Article = article,
                Type = type,
                Cameo = c.Type.Cameo(),
                Speaker = Mention(d, c.Speaker),
                Target = c.Target is null ? null : Mention(d, c.Target),
                Content = c.Content is { } cs ? new SpanRecord { Text = d.Slice(cs), Start = cs.Start, End = cs.End } : null,
                Quote = c.Quote is { } q ? new QuoteRecord { Text = d.Slice(q), Start = q.Start, End = q.End, Direct = c.QuoteDirect } : null,
                Cue = new CueRecord { Text = SliceOnce(d, c.Cue, ref cue), Start = c.Cue.Start, End = c.Cue.End, Lemma = c.CueLemma },
                Sentence = new SpanRecord { Text = SliceOnce(d, c.Sentence, ref sentence), Start = c.Sentence.Start, End = c.Sentence.End },
                Confidence = conf,
                Status = conf < reviewThreshold ? ClaimStatus.NeedsReview : ClaimStatus.Auto,
                Model = modelName,
            });
        }
        return records;
    }

    /// <summary>The stable id a claim's record gets (also used to find reviewed claims again).</summary>
    public static string IdOf(Document d, Claim c)
    {
        var content = c.Content ?? c.Quote ?? c.Sentence;
        return StableIds.Claim(d.Id, c.Type.Name(), c.Speaker.Start, c.Speaker.End, c.Cue.Start, content.Start, content.End);
    }

    private static bool HasId(List<ClaimRecord> records, string id)
    {
        foreach (var r in records)
            if (r.Id == id) return true;
        return false;
    }

    private static string SliceOnce(Document d, TextSpan span, ref (TextSpan Span, string Text) last)
    {
        if (last.Text is null || last.Span != span) last = (span, d.Slice(span));
        return last.Text;
    }

    private static MentionRecord Mention(Document d, Mention m) => new()
    {
        // a mention's text is its slice of the article (MentionResolver); slice again only if it is not
        Text = d.Text.AsSpan(m.Start, m.End - m.Start).SequenceEqual(m.Text) ? m.Text : d.Text.Substring(m.Start, m.End - m.Start),
        Start = m.Start,
        End = m.End,
        Kind = Enum.GetName(m.Kind)!,
        Canonical = m.Canonical,
        Country = m.Country,
    };
}
