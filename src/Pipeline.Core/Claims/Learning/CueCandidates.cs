using Pipeline.Lexicons;
using Pipeline.Mentions;
using Pipeline.Text;

namespace Pipeline.Claims.Learning;

/// <summary>
/// Candidates for cues the grammar found no claim for: every cue of the lexicon (verb, participle or
/// noun) whose token no grammar claim uses gets a claim whose speaker the speaker model picks among the
/// words round the cue and the speakers of the article's earlier claims, and whose content runs from
/// the cue to the end of its sentence. The type, target and keep models then judge it like any other.
/// </summary>
public sealed class CueCandidates(CueLexicon cues, NounPhrases phrases, MentionResolver resolver)
{
    public const string Construction = "learned-cue";

    /// <summary>How many words before and after a cue its speaker is looked for.</summary>
    public const int Before = 12;
    public const int After = 8;

    /// <summary>The cues of <paramref name="s"/> that may make a claim and no grammar claim uses.</summary>
    public IEnumerable<CueMatch> FreeCues(Document d, Sentence s, HashSet<int> usedCueStarts)
    {
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (usedCueStarts.Contains(d.Tokens[i].Start)) continue;
            if (cues.Match(d.Tokens, i) is { } m && m.Entry.Class is not (CueClass.Issuer or CueClass.Source)) yield return m;
        }
    }

    /// <summary>
    /// The grammar's claims followed by one claim for each free cue whose best speaker the speaker model
    /// scores at least <paramref name="threshold"/>. <paramref name="grammar"/> must be in text order.
    /// </summary>
    public List<Claim> Expand(Document d, IReadOnlyList<Claim> grammar, LinearModel speakerModel, double threshold, Mention[] sortedMentions, CancellationToken cancellationToken = default)
    {
        var all = new List<Claim>(grammar);
        var used = new HashSet<int>();
        foreach (var c in grammar) used.Add(c.Cue.Start);
        var bag = new FeatureBag(speakerModel.Bits);
        Span<double> p = stackalloc double[2];
        foreach (var s in d.Sentences)
        {
            foreach (var cue in FreeCues(d, s, used))
            {
                cancellationToken.ThrowIfCancellationRequested();
                bool wordBefore = WordBefore(d, s, cue);
                SpeakerCandidate? best = null;
                double bestP = threshold;
                foreach (var k in Speakers(d, s, cue, grammar, sortedMentions))
                {
                    bag.Clear();
                    SpeakerFeatures.Fill(bag, d, s, cue, k, wordBefore);
                    speakerModel.Predict(bag.AsSpan(), p);
                    if (p[1] >= bestP)
                    {
                        bestP = p[1];
                        best = k;
                    }
                }
                if (best is { } b && Make(d, s, cue, b) is { } claim) all.Add(claim);
            }
        }
        return all;
    }

    /// <summary>The possible speakers of <paramref name="cue"/>: words in a window round it, then up to two earlier claims' speakers (<paramref name="earlier"/> in text order).</summary>
    public static List<SpeakerCandidate> Speakers(Document d, Sentence s, CueMatch cue, IReadOnlyList<Claim> earlier, Mention[] sortedMentions)
    {
        var list = new List<SpeakerCandidate>();
        var tokens = d.Tokens;
        int from = Math.Max(s.FirstToken, cue.TokenIndex - Before), to = Math.Min(s.EndToken, cue.TokenIndex + After + 1);
        for (int i = from; i < to; i++)
        {
            var t = tokens[i];
            if (i == cue.TokenIndex || !t.IsWord || t.Stem.Length < 2) continue;
            var m = SortedMentions.StartingFrom(sortedMentions, t.Start) is { } at && at.Start == t.Start ? at : SortedMentions.Covering(sortedMentions, t);
            list.Add(new SpeakerCandidate(i, m, null, 0));
        }
        int rank = 0;
        string? last = null;
        int cueStart = tokens[cue.TokenIndex].Start;
        int lo = 0, hi = earlier.Count; // the claims whose cue comes before this one
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (earlier[mid].Cue.Start < cueStart) lo = mid + 1;
            else hi = mid;
        }
        for (int k = lo - 1; k >= 0 && rank < 2; k--)
        {
            var c = earlier[k];
            if (c.Speaker.Text == last) continue;
            last = c.Speaker.Text;
            list.Add(new SpeakerCandidate(-1, null, c.Speaker, ++rank));
        }
        return list;
    }

    /// <summary>Whether a word stands before the cue in its sentence (a subject of its own, not a continuation).</summary>
    public static bool WordBefore(Document d, Sentence s, CueMatch cue)
    {
        for (int i = s.FirstToken; i < cue.TokenIndex; i++) if (d.Tokens[i].IsWord) return true;
        return false;
    }

    /// <summary>The claim a cue makes with <paramref name="speaker"/>, or null when nothing of the sentence follows the cue.</summary>
    public Claim? Make(Document d, Sentence s, CueMatch cue, SpeakerCandidate speaker)
    {
        var tokens = d.Tokens;
        var cueToken = tokens[cue.TokenIndex];
        var content = new TextSpan(cueToken.End, s.End).Trim(d.Text, ".،,:؛;");
        if (content.IsEmpty) return null;
        Mention who;
        if (speaker.Previous is { } prev) who = prev;
        else if (speaker.Covering is { } m) who = m;
        else
        {
            int limit = speaker.Token < cue.TokenIndex ? cue.TokenIndex : s.EndToken;
            var (first, end) = phrases.Opened(tokens, speaker.Token, limit);
            who = resolver.Resolve(d, first, end, "learned");
        }
        return new Claim
        {
            Type = cue.Entry.Type,
            Speaker = who,
            Content = content,
            Cue = cueToken.Span,
            CueLemma = cue.Entry.Lemma,
            Sentence = s.Span,
            Construction = Construction,
        };
    }
}
