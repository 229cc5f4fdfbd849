using System.Buffers;
using Pipeline.Segment;
using Pipeline.Text;

namespace Pipeline.Quotes;

/// <summary>
/// Pairs the quotation marks of an article into <see cref="Quotation"/>s. Hand-written: no library
/// pairs the quotation marks of Arabic news, where one article may mix « » “ ” " ″ ‘ ’, type them
/// reversed (”...“, :»...») or mismatched («...", “...″), and nest ‘...’ inside “...”.
/// Rules, in one left-to-right pass with a stack of open marks:
/// <list type="number">
/// <item>Each mark is classified as opening, closing or either by <see cref="QuoteContext"/>; an
/// apostrophe inside a Latin word (don't, O'Brien) is not a quotation mark at all.</item>
/// <item>A closing mark closes the innermost open mark of its family (double or single), or a deeper
/// one of its own style when there is one («...“...» drops the stray “); marks above it are left
/// unpaired. A mark that could do either closes when the innermost open mark is of its family.</item>
/// <item>An open mark that is not closed within <see cref="QuoteLimits.MaxChars"/> characters and
/// <see cref="QuoteLimits.MaxParagraphs"/> paragraphs is left unpaired.</item>
/// <item>An unclosed mark that starts a statement (at a paragraph start or after a colon) is closed
/// implicitly at the end of its paragraph: its <see cref="Quotation.Close"/> is then an empty span
/// there. The same happens when the next paragraph opens with the same mark again (the convention of
/// repeating the opening mark on every paragraph of a long statement).</item>
/// <item>A quotation's inner text must hold a non-space character; quotations never cross, and
/// <see cref="Quotation.Depth"/> counts the quotations around it (nested quotes get 1).</item>
/// </list>
/// </summary>
public static class QuotePairer
{
    private static readonly SearchValues<char> MarksAndBreaks = SearchValues.Create(Tokenizer.QuoteMarks + SentenceBreakRules.LineBreaks);

    /// <summary>The quotations of <paramref name="text"/>, ordered by their opening mark.</summary>
    public static List<Quotation> Pair(string text, QuoteLimits? limits = null)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var pass = new Pass(text, (limits ?? QuoteLimits.Default).Validate());
        pass.Run();
        return QuoteAssembly.Build(text, pass.Closed, pass.Implicit, pass.Unmatched, pass.Limits);
    }

    /// <summary>One open mark waiting for its close.</summary>
    internal readonly record struct OpenMark(int Position, QuoteStyle Style, QuoteFamily Family, int Paragraph, bool StartsStatement);

    /// <summary>The state of one pairing pass over a text.</summary>
    private sealed class Pass(string text, QuoteLimits limits)
    {
        private readonly List<OpenMark> _stack = new(8);
        private int _paragraph;
        private int _lastBreak = -1;

        public QuoteLimits Limits => limits;

        /// <summary>Pairs of (opening mark, closing mark) positions.</summary>
        public List<(int Open, int Close)> Closed { get; } = new();

        /// <summary>Marks closed implicitly: (opening mark position, end of the quoted text).</summary>
        public List<(int Open, int End)> Implicit { get; } = new();

        /// <summary>Open marks that found no close.</summary>
        public List<OpenMark> Unmatched { get; } = new();

        public void Run()
        {
            var span = text.AsSpan();
            int i = 0;
            while (i < text.Length)
            {
                int k = span[i..].IndexOfAny(MarksAndBreaks);
                if (k < 0) break;
                i += k;
                if (SentenceBreakRules.IsLineBreak(text[i])) OnBreak(i);
                else OnMark(i, QuoteMarks.Info(text[i]));
                i++;
            }
            Unmatched.AddRange(_stack);
            _stack.Clear();
        }

        private void OnBreak(int i)
        {
            if (QuoteAssembly.HasContent(text, _lastBreak + 1, i)) _paragraph++;
            _lastBreak = i;
        }

        private void OnMark(int i, MarkInfo info)
        {
            if (info.Family == QuoteFamily.Single && QuoteContext.IsApostrophe(text, i)) return;
            Expire(i);
            var direction = QuoteContext.Classify(text, i, info.Lean);
            if (direction == Direction.Either)
                direction = _stack.Count > 0 && _stack[^1].Family == info.Family ? Direction.Close : Direction.Open;
            if (direction == Direction.Open) Open(i, info);
            else Close(i, info);
        }

        private void Open(int i, MarkInfo info)
        {
            bool lineStart = QuoteContext.IsLineStart(text, i);
            if (lineStart)
            {
                // «first paragraph … / «second paragraph …»: the repeated mark ends the earlier paragraph's quote
                while (_stack.Count > 0 && _stack[^1].Paragraph < _paragraph && _stack[^1].Style == info.Style)
                {
                    var earlier = Pop();
                    if (earlier.StartsStatement) Implicit.Add((earlier.Position, QuoteAssembly.TrimEnd(text, earlier.Position + 1, i)));
                    else Unmatched.Add(earlier);
                }
            }
            _stack.Add(new OpenMark(i, info.Style, info.Family, _paragraph, lineStart || QuoteContext.FollowsColon(text, i)));
        }

        private void Close(int i, MarkInfo info)
        {
            int j = _stack.Count - 1;
            while (j >= 0 && _stack[j].Family != info.Family) j--;
            if (j < 0) return; // a closing mark with nothing to close stays unpaired
            if (_stack[j].Style != info.Style)
            {
                for (int k = j - 1; k >= 0; k--)
                {
                    if (_stack[k].Style == info.Style) { j = k; break; }
                }
            }
            var open = _stack[j];
            for (int k = _stack.Count - 1; k > j; k--) Unmatched.Add(_stack[k]);
            _stack.RemoveRange(j, _stack.Count - j);
            if (QuoteAssembly.HasContent(text, open.Position + 1, i)) Closed.Add((open.Position, i));
            // an empty "" pairs nothing: both marks stay unpaired
        }

        /// <summary>Gives up on the oldest open marks once a close would make the quote too long.</summary>
        private void Expire(int i)
        {
            int n = 0;
            while (n < _stack.Count && (i + 1 - _stack[n].Position > limits.MaxChars || _paragraph - _stack[n].Paragraph >= limits.MaxParagraphs)) n++;
            if (n == 0) return;
            for (int k = 0; k < n; k++) Unmatched.Add(_stack[k]);
            _stack.RemoveRange(0, n);
        }

        private OpenMark Pop()
        {
            var top = _stack[^1];
            _stack.RemoveAt(_stack.Count - 1);
            return top;
        }
    }
}
