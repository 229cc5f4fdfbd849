using Pipeline.Processing;
using Pipeline.Text;

namespace Pipeline.Segment;

/// <summary>TEMPORARY stand-in for the sentence segmenter and quote pairer (removed when they land).</summary>
public sealed class TempSegmentStage : IDocumentStage
{
    public string Name => "segment";

    public void Process(Document d, CancellationToken cancellationToken)
    {
        var toks = d.Tokens;
        var open = new Stack<int>();
        for (int i = 0; i < toks.Count; i++)
        {
            var t = toks[i];
            if (t.Kind != TokenKind.Quote) continue;
            char ch = t.Text[0];
            bool opens = ch is '«' or '“' or '„' || ((ch is '"' or '”' or '″') && (i + 1 < toks.Count && toks[i + 1].IsWord && (i == 0 || toks[i - 1].End < t.Start || toks[i-1].Text.EndsWith('ـ'))) && open.Count == 0);
            if (opens) open.Push(i);
            else if (open.Count > 0)
            {
                int o = open.Pop();
                if (t.Start > toks[o].End) d.Quotations.Add(new Quotation(toks[o].Span, t.Span, open.Count));
            }
        }
        int first = 0;
        for (int i = 0; i < toks.Count; i++)
        {
            bool inQuote = d.Quotations.Any(q => q.Inner.Contains(toks[i].Start));
            bool end = i == toks.Count - 1
                || (!inQuote && toks[i].Text is "." or "!" or "؟" or "?")
                || (d.Text.IndexOf('\n', toks[i].End, toks[i + 1].Start - toks[i].End) >= 0);
            if (end)
            {
                d.Sentences.Add(new Sentence(toks[first].Start, toks[i].End, first, i + 1));
                first = i + 1;
            }
        }
    }
}
