namespace Pipeline.Ner;

/// <summary>Tags gold sentences with a model and scores them; writes <c>TOKEN GOLD PRED</c> files for shared/eval/score_ner.py.</summary>
public static class NerEvaluation
{
    public static (List<string[]> Predicted, EntityScores Scores) Run(NerModel model, IReadOnlyList<ConllSentence> sentences, CancellationToken cancellationToken)
    {
        // The file is one running text; a stacked model looks NerStackFeatures.Window sentences either side.
        cancellationToken.ThrowIfCancellationRequested();
        var predicted = model.PredictDocument(sentences.Select(s => s.Tokens).ToArray()).ToList();
        var scores = EntityScorer.Score(sentences.Select((s, i) => (s.Tags, (IReadOnlyList<string>)predicted[i])));
        return (predicted, scores);
    }

    /// <summary>One <c>TOKEN GOLD PRED</c> line per token, a blank line between sentences, token order unchanged.</summary>
    public static void WritePredictions(string path, IReadOnlyList<ConllSentence> sentences, IReadOnlyList<string[]> predicted)
    {
        using var w = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        for (int i = 0; i < sentences.Count; i++)
        {
            if (i > 0) w.WriteLine();
            for (int k = 0; k < sentences[i].Count; k++)
                w.WriteLine($"{sentences[i].Tokens[k]} {sentences[i].Tags[k]} {predicted[i][k]}");
        }
    }

    /// <summary>Splits off the last <paramref name="fraction"/> of sentences as a dev set (sequential, as the corpus split itself).</summary>
    public static (List<ConllSentence> Train, List<ConllSentence> Dev) SplitDev(IReadOnlyList<ConllSentence> all, double fraction)
    {
        if (fraction is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "The dev fraction must be in [0, 1).");
        int dev = (int)Math.Round(all.Count * fraction);
        return (all.Take(all.Count - dev).ToList(), all.Skip(all.Count - dev).ToList());
    }
}
