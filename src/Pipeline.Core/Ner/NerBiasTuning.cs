namespace Pipeline.Ner;

/// <summary>
/// Picks the per-type B-X biases of <see cref="NerModelHeader.EntityBias"/> on a dev set by coordinate
/// ascent over a small grid: each type in turn takes the value that maximises dev entity micro-F1,
/// two rounds. Called by <c>train ner --tune-entity-bias</c>; never on test data.
/// </summary>
public static class NerBiasTuning
{
    private static readonly string[] Types = ["PERS", "LOC", "ORG", "MISC"];
    private static readonly double[] Grid = [-0.5, -0.25, 0, 0.25, 0.5, 0.75, 1.0];

    public static IReadOnlyDictionary<string, double> Tune(NerModel model, IReadOnlyList<ConllSentence> dev, CancellationToken cancellationToken)
    {
        var bias = Types.ToDictionary(t => t, _ => 0.0);
        double best = Score(model, bias, dev, cancellationToken);
        for (int round = 0; round < 2; round++)
        {
            foreach (var type in Types)
            {
                double keep = bias[type];
                foreach (var v in Grid)
                {
                    if (v == keep) continue;
                    bias[type] = v;
                    double f = Score(model, bias, dev, cancellationToken);
                    if (f > best + 1e-9)
                    {
                        best = f;
                        keep = v;
                    }
                }
                bias[type] = keep;
            }
        }
        return bias;
    }

    private static double Score(NerModel model, Dictionary<string, double> bias, IReadOnlyList<ConllSentence> dev, CancellationToken cancellationToken) =>
        NerEvaluation.Run(model.WithEntityBias(new Dictionary<string, double>(bias)), dev, cancellationToken).Scores.Micro.F1;
}
