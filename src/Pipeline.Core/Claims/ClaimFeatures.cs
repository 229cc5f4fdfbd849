using Pipeline.Lexicons;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// Describes a candidate claim for the confidence model: a pure function of the analysed document and
/// the claim (no state but the cue lexicon, used to look up the cue's class and type). Called once per
/// claim after the claim stage has added all of a document's claims, so that counts per sentence are final.
/// </summary>
public sealed class ClaimFeatures(CueLexicon? cues)
{
    private static readonly RuleScorer Prior = new();

    public ClaimFeatureRow Extract(Document d, Claim c) => Fill(new ClaimFeatureRow(), d, c);

    /// <summary>Writes every feature of <paramref name="c"/> into <paramref name="row"/> (its label is left as it is) and returns it.</summary>
    public ClaimFeatureRow Fill(ClaimFeatureRow row, Document d, Claim c)
    {
        int cueToken = TokenAt(d, c.Cue.Start);
        int speakerToken = TokenAt(d, c.Speaker.Start);
        var sentence = SentenceOf(d, c);
        int sentenceTokens = sentence is null ? CountTokens(d, c.Sentence) : sentence.TokenCount;
        int firstToken = sentence?.FirstToken ?? Math.Max(0, cueToken);
        var cue = cueToken >= 0 && cues is not null ? cues.Match(d.Tokens, cueToken) : null;
        bool byContent = c.Construction.EndsWith("+content", StringComparison.Ordinal);
        int sentenceIndex = sentence is null ? 0 : d.Sentences.IndexOf(sentence);
        var (inSentence, onCue) = Siblings(d.Claims, c);
        row.Construction = byContent ? c.Construction[..^"+content".Length] : c.Construction;
        row.CueLemma = c.CueLemma;
        row.CueClass = cue is null ? "unknown" : Enum.GetName(cue.Entry.Class)!;
        row.CueType = cue?.Entry.Type.Name() ?? "unknown";
        row.ClaimType = c.Type.Name();
        row.SpeakerKind = Enum.GetName(c.Speaker.Kind)!;
        row.SpeakerSource = c.Speaker.Source;
        row.TargetKind = c.Target is null ? "none" : Enum.GetName(c.Target.Kind)!;
        row.TypedByContent = Flag(byContent);
        row.SpeakerHasCanonical = Flag(c.Speaker.Canonical is not null);
        row.SpeakerWords = Words(c.Speaker.Text);
        row.SpeakerOutsideSentence = Flag(!c.Sentence.Contains(c.Speaker.Span));
        row.TargetPresent = Flag(c.Target is not null);
        row.QuotePresent = Flag(c.Quote is not null);
        row.QuoteDirect = Flag(c.Quote is not null && c.QuoteDirect);
        row.ContentWords = c.Content is { } content ? Words(d.Text.AsSpan(content.Start, content.Length)) : 0;
        row.CuePosition = sentenceTokens > 1 && cueToken >= 0 ? Math.Clamp((float)(cueToken - firstToken) / (sentenceTokens - 1), 0, 1) : 0;
        row.CueTokenIndex = cueToken >= 0 ? cueToken - firstToken : 0;
        row.SpeakerCueDistance = cueToken >= 0 && speakerToken >= 0 ? speakerToken - cueToken : 0;
        row.SentenceTokens = sentenceTokens;
        row.FirstLine = Flag(OnFirstLine(d.Text, c.Sentence.Start));
        row.SentencePosition = d.Sentences.Count > 1 ? (float)sentenceIndex / (d.Sentences.Count - 1) : 0;
        row.ClaimsInSentence = inSentence;
        row.ClaimsOnCue = onCue;
        row.CueConjunction = Flag(cue is not null ? cue.Prefix.StartsWith('و') || cue.Prefix.StartsWith('ف') : cueToken >= 0 && d.Tokens[cueToken].HasConjunction);
        row.CueInQuote = Flag(InQuotation(d.Quotations, c.Cue.Start));
        row.RulePrior = (float)Prior.Score(d, c);
        return row;
    }

    private static float Flag(bool b) => b ? 1f : 0f;

    /// <summary>The number of white-space separated words, as <c>Split(null, RemoveEmptyEntries).Length</c> counts them, without the strings.</summary>
    internal static float Words(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char ch in text)
        {
            bool space = char.IsWhiteSpace(ch);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    /// <summary>Claims of the document in the claim's sentence, and on its cue (the claim itself included).</summary>
    private static (int InSentence, int OnCue) Siblings(List<Claim> claims, Claim c)
    {
        int inSentence = 0, onCue = 0;
        foreach (var o in claims)
        {
            if (o.Sentence == c.Sentence) inSentence++;
            if (o.Cue == c.Cue) onCue++;
        }
        return (inSentence, onCue);
    }

    private static bool InQuotation(IReadOnlyList<Quotation> quotations, int position)
    {
        for (int i = 0; i < quotations.Count; i++)
            if (quotations[i].Inner.Contains(position)) return true;
        return false;
    }

    /// <summary>True when nothing but white space comes before the first line break preceding <paramref name="position"/>.</summary>
    internal static bool OnFirstLine(string text, int position)
    {
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        int newline = text.IndexOf('\n', start);
        return newline < 0 || position < newline;
    }

    /// <summary>The index of the token covering (or first after) a text position, or -1.</summary>
    private static int TokenAt(Document d, int position)
    {
        var tokens = d.Tokens;
        int lo = 0, hi = tokens.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (tokens[mid].End <= position) lo = mid + 1;
            else { found = mid; hi = mid - 1; }
        }
        return found;
    }

    private static Sentence? SentenceOf(Document d, Claim c)
    {
        foreach (var s in d.Sentences)
            if (s.Start <= c.Cue.Start && c.Cue.Start < s.End) return s;
        foreach (var s in d.Sentences)
            if (s.Start == c.Sentence.Start) return s;
        return null;
    }

    private static int CountTokens(Document d, TextSpan span) => d.Tokens.Count(t => span.Contains(t.Span));
}
