using Pipeline.Evaluation;
using Pipeline.Text;

namespace Pipeline.Claims.Learning;

/// <summary>One article of a training set: the grammar's candidate claims and the article's gold claims.</summary>
/// <remarks>
/// A <see cref="Partial"/> article (one known only from review decisions) has as gold only the claims a
/// reviewer accepted or fixed, and <see cref="Rejected"/> the ones rejected: its other candidates are
/// unknown and teach nothing.
/// </remarks>
public sealed record TrainingArticle(string Doc, string Group, Document Document, IReadOnlyList<Claim> Candidates, IReadOnlyList<GoldClaim> Gold,
    bool Partial = false, IReadOnlyList<GoldClaim>? Rejected = null)
{
    /// <summary>
    /// The article group a file name gives (what cross-validation reports by): its first dash-separated
    /// part, or its first two when the first is a short namespace such as <c>tr-</c> (tr-levant-…, snn-…, dev-…).
    /// </summary>
    public static string GroupOf(string doc)
    {
        var parts = doc.Split('-');
        if (parts.Length >= 3 && parts[0].Length <= 2) return parts[0] + "-" + parts[1];
        return parts[0];
    }
}

/// <summary>
/// Labels the grammar's candidates from gold claims and trains the two models. A candidate is labelled
/// with the type of the gold claim it matches by score.py's speaker and content rules (type and target
/// left out, since those are what is learned), one to one, or "none". The target model learns, for each
/// matched candidate whose gold claim names a target, which words of its sentence share a word with it.
/// </summary>
public static class ClaimTraining
{
    /// <summary>
    /// Training settings. The defaults were chosen by 5-fold cross-validation by article over the training
    /// set and dev (README, Measured accuracy): L1 0.1 / L2 0.3; keep a candidate at claim probability 0.3;
    /// a second type at 0.25; a target word at 0.05; content widened to the sentence's end; the cue
    /// candidates off (they found more claims but cost more precision than they gained).
    /// </summary>
    public sealed record Settings(double KeepThreshold = 0.3, double TargetThreshold = 0.05, float L1 = 0.1f, float L2 = 0.3f, int Seed = 13,
        bool WidenContent = true, double SpeakerThreshold = 0.3, bool CueCandidates = false, double TypeThreshold = 0.25, bool GoldCandidates = true);

    /// <summary>
    /// Trains the models: first the speaker model for the cues the grammar leaves (with
    /// <see cref="Settings.CueCandidates"/>), then the type and target models over the grammar's
    /// candidates, the claims that model makes of those cues and (with <see cref="Settings.GoldCandidates"/>)
    /// the gold claims no candidate matches. Both need <paramref name="parts"/>.
    /// </summary>
    public static LearnedClaimModel Train(IEnumerable<TrainingArticle> articles, Settings settings, ClaimLearningParts? parts = null)
    {
        var cueCandidates = parts?.Cues;
        var list = articles.ToList();
        var trainer = new LinearTrainer.Settings(settings.L1, settings.L2, settings.Seed);
        LinearModel? speaker = null;
        if (cueCandidates is not null && settings.CueCandidates)
        {
            var speakerExamples = new List<Example>();
            foreach (var a in list) AddSpeakerExamples(a, cueCandidates, speakerExamples);
            if (speakerExamples.Any(e => e.Label == 1) && speakerExamples.Any(e => e.Label == 0))
                speaker = LinearTrainer.Fit("speaker", LearnedClaimModel.SpeakerBits, LearnedClaimModel.TargetClasses, speakerExamples, trainer);
        }
        var typeExamples = new List<Example>();
        var targetExamples = new List<Example>();
        foreach (var a in list)
        {
            // in text order, as the refiner sees them
            List<Claim> ordered = [.. a.Candidates.OrderBy(c => c.Cue.Start)];
            var candidates = speaker is null ? ordered : cueCandidates!.Expand(a.Document, ordered, speaker, settings.SpeakerThreshold, SortedMentions.Of(a.Document));
            AddExamples(a with { Candidates = candidates }, typeExamples, targetExamples, settings.GoldCandidates ? parts : null);
        }
        var type = LinearTrainer.Fit("type", LearnedClaimModel.TypeBits, LearnedClaimModel.TypeClasses, typeExamples, trainer);
        var target = LinearTrainer.Fit("target", LearnedClaimModel.TargetBits, LearnedClaimModel.TargetClasses, targetExamples, trainer);
        return new LearnedClaimModel(type, target, settings.KeepThreshold, settings.TargetThreshold, settings.WidenContent, speaker, settings.SpeakerThreshold, settings.TypeThreshold);
    }

    /// <summary>
    /// Speaker examples from the cues the grammar made no claim of: a cue is aligned with a gold claim
    /// the grammar missed whose cue shares its word and whose content lies in the cue's sentence; its
    /// possible speakers are labelled by whether they share a word with that claim's speaker.
    /// </summary>
    public static void AddSpeakerExamples(TrainingArticle a, CueCandidates cueCandidates, List<Example> examples)
    {
        var d = a.Document;
        var ordered = a.Candidates.OrderBy(c => c.Cue.Start).ToList();
        var matched = Match(a);
        var taken = matched.Where(m => m >= 0).ToHashSet();
        var used = a.Candidates.Select(c => c.Cue.Start).ToHashSet();
        var mentions = SortedMentions.Of(d);
        var bag = new FeatureBag(LearnedClaimModel.SpeakerBits);
        foreach (var s in d.Sentences)
        {
            List<string>? sentenceWords = null;
            foreach (var cue in cueCandidates.FreeCues(d, s, used))
            {
                var cueWords = ScoreWords.Words(d.Tokens[cue.TokenIndex].Text);
                if (cueWords.Count == 0) continue;
                sentenceWords ??= ScoreWords.Words(d.Slice(s.Span));
                int g = -1;
                for (int k = 0; k < a.Gold.Count && g < 0; k++)
                {
                    var gold = a.Gold[k];
                    if (taken.Contains(k) || gold.Cue is null || ScoreWords.Overlap(ScoreWords.Words(gold.Cue), cueWords) == 0) continue;
                    if (gold.ContentWords.Count > 0 && ScoreWords.Overlap(gold.ContentWords, sentenceWords) < 0.5) continue;
                    g = k;
                }
                if (g < 0) continue;
                var speakers = CueCandidates.Speakers(d, s, cue, ordered, mentions);
                var labels = speakers.Select(k => IsSpeaker(d, k, a.Gold[g])).ToList();
                if (!labels.Contains(true)) continue;
                taken.Add(g);
                bool wordBefore = CueCandidates.WordBefore(d, s, cue);
                for (int k = 0; k < speakers.Count; k++)
                {
                    bag.Clear();
                    SpeakerFeatures.Fill(bag, d, s, cue, speakers[k], wordBefore);
                    examples.Add(new Example(bag.ToArray(), labels[k] ? 1 : 0));
                }
            }
        }
    }

    private static bool IsSpeaker(Document d, SpeakerCandidate k, GoldClaim gold) =>
        GoldMatcher.SpeakersMatch(gold.SpeakerWords, k.Previous is { } prev ? PredClaim.MentionWords(d.Slice(prev.Span), prev.Canonical) : ScoreWords.Words(d.Tokens[k.Token].Text));

    /// <summary>A candidate's speaker words and content words (content and quote), as score.py reads a record.</summary>
    private static (List<string> Speaker, List<string> Content) WordsOf(Document d, Claim c) => (
        PredClaim.MentionWords(d.Slice(c.Speaker.Span), c.Speaker.Canonical),
        [.. ScoreWords.Words(c.Content is { } cs ? d.Slice(cs) : null), .. ScoreWords.Words(c.Quote is { } q ? d.Slice(q) : null)]);

    /// <summary>The gold claim each candidate matches (by index), or -1.</summary>
    public static int[] Match(TrainingArticle a)
    {
        var d = a.Document;
        var words = a.Candidates.Select(c => WordsOf(d, c)).ToList();
        var pairs = new List<(double Score, int G, int P)>();
        for (int g = 0; g < a.Gold.Count; g++)
        {
            var gold = a.Gold[g];
            for (int p = 0; p < words.Count; p++)
            {
                var (sw, cw) = words[p];
                if (!GoldMatcher.SpeakersMatch(gold.SpeakerWords, sw)) continue;
                double c = GoldMatcher.ContentOverlap(gold, cw);
                if (c < 0.5) continue;
                // prefer the candidate the grammar already typed alike, then the better content
                pairs.Add((c + (a.Candidates[p].Type.Name() == gold.Type ? 1 : 0), g, p));
            }
        }
        pairs.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.G != y.G ? x.G.CompareTo(y.G) : x.P.CompareTo(y.P));
        var matched = Enumerable.Repeat(-1, words.Count).ToArray();
        var usedGold = new HashSet<int>();
        foreach (var (_, g, p) in pairs)
        {
            if (matched[p] >= 0 || !usedGold.Add(g)) continue;
            matched[p] = g;
        }
        return matched;
    }

    public static void AddExamples(TrainingArticle a, List<Example> typeExamples, List<Example> targetExamples, ClaimLearningParts? goldCandidates = null)
    {
        var d = a.Document;
        var matched = Match(a);
        var pairs = new List<(Claim Claim, GoldClaim? Gold)>();
        for (int p = 0; p < a.Candidates.Count; p++)
        {
            GoldClaim? gold = matched[p] >= 0 ? a.Gold[matched[p]] : null;
            if (gold is null && a.Partial && !(a.Rejected ?? []).Any(r => SameClaim(d, a.Candidates[p], r))) continue;
            pairs.Add((a.Candidates[p], gold));
        }
        if (goldCandidates is not null && !a.Partial)
            foreach (var (claim, gold) in GoldCandidates.Locate(a, matched.Where(m => m >= 0).ToHashSet(), goldCandidates)) pairs.Add((claim, gold));
        AddExamples(d, pairs, typeExamples, targetExamples);
    }

    private static void AddExamples(Document d, List<(Claim Claim, GoldClaim? Gold)> pairs, List<Example> typeExamples, List<Example> targetExamples)
    {
        var perSentence = new Dictionary<int, int>();
        foreach (var (c, _) in pairs) perSentence[c.Sentence.Start] = perSentence.GetValueOrDefault(c.Sentence.Start) + 1;
        var mentions = SortedMentions.Of(d);
        var bag = new FeatureBag(LearnedClaimModel.TypeBits);
        var targetBag = new FeatureBag(LearnedClaimModel.TargetBits);
        var h = new TokenHashes();
        h.Reset(d);
        foreach (var (c, gold) in pairs)
        {
            var v = ClaimView.Of(d, c);
            bag.Clear();
            TypeFeatures.Fill(bag, d, h, c, v, perSentence[c.Sentence.Start], mentions);
            ClaimType goldType = ClaimType.Statement;
            int label = gold is not null && ClaimTypes.TryParse(gold.Type, out goldType) ? LearnedClaimModel.ClassOf(goldType) : 0;
            typeExamples.Add(new Example(bag.ToArray(), label));
            if (gold is null || !gold.NeedsTarget || gold.TargetWords.Count == 0) continue;
            var cands = ClaimRefiner.TargetWords(d, v, mentions).ToList();
            var labels = cands.Select(x => IsTarget(d.Tokens[x.Token], gold)).ToList();
            if (!labels.Contains(true)) continue; // the gold target lies outside the words the model may choose
            for (int k = 0; k < cands.Count; k++)
            {
                targetBag.Clear();
                TargetFeatures.Fill(targetBag, d, h, c, v, FeatureHash.Str(goldType.Name()), FeatureHash.Str(c.CueLemma), cands[k].Token, cands[k].ContentWord, cands[k].Mention);
                targetExamples.Add(new Example(targetBag.ToArray(), labels[k] ? 1 : 0));
            }
        }
    }

    // score.py's speaker and content rules, type and target aside
    private static bool SameClaim(Document d, Claim c, GoldClaim g)
    {
        var (sw, cw) = WordsOf(d, c);
        return GoldMatcher.SpeakersMatch(g.SpeakerWords, sw) && GoldMatcher.ContentOverlap(g, cw) >= 0.5;
    }

    private static bool IsTarget(Token t, GoldClaim gold)
    {
        var w = ScoreWords.Words(t.Text);
        return w.Count > 0 && ScoreWords.Overlap(w, gold.TargetWords) > 0;
    }
}
