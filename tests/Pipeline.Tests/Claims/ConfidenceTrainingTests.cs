using Pipeline.Claims;
using Pipeline.Evaluation;
using Pipeline.Output;
using Pipeline.Training;

namespace Pipeline.Tests.Claims;

public class ConfidenceTrainingTests
{
    [Test]
    public void Grouped_folds_never_split_an_article_and_use_every_fold()
    {
        var docs = Enumerable.Range(0, 26).Select(i => $"doc-{i}").ToList();
        var folds = GroupedFolds.Assign(docs.Concat(docs), 5, seed: 13);
        Assert.That(folds.Keys, Is.EquivalentTo(docs));
        Assert.That(folds.Values.Distinct().Order(), Is.EqualTo(new[] { 0, 1, 2, 3, 4 }));
        Assert.That(GroupedFolds.Assign(docs, 5, 13), Is.EqualTo(folds));
    }

    private static ScoredClaim Scored(bool label, double confidence) =>
        new(new LabelledClaim("d", "c", new ClaimFeatureRow { Label = label }, new PredClaim("d", "statement", "statement", [], [], [], 0), null!), confidence);

    [Test]
    public void Auc_is_one_when_every_correct_claim_ranks_above_every_wrong_one() =>
        Assert.That(ConfidenceMetrics.Auc([Scored(true, 0.9), Scored(true, 0.7), Scored(false, 0.3), Scored(false, 0.1)]), Is.EqualTo(1.0));

    [Test]
    public void Auc_counts_ties_half() =>
        Assert.That(ConfidenceMetrics.Auc([Scored(true, 0.5), Scored(false, 0.5)]), Is.EqualTo(0.5));

    [Test]
    public void Auc_without_both_classes_is_undefined() =>
        Assert.That(ConfidenceMetrics.Auc([Scored(true, 0.5)]), Is.NaN);

    [Test]
    public void Separation_reports_precision_above_and_below_the_threshold()
    {
        var s = ConfidenceMetrics.Separation([Scored(true, 0.9), Scored(false, 0.7), Scored(false, 0.3), Scored(true, 0.1)], 0.6);
        Assert.That((s.Above, s.PrecisionAbove, s.Below, s.PrecisionBelow), Is.EqualTo((2, 0.5, 2, 0.5)));
    }
}
