using NUnit.Framework;
using Pipeline.Claims.Learning;

namespace Pipeline.Tests.Claims.Learning;

public class LinearTrainerTests
{
    private static readonly string[] Classes = ["a", "b", "c"];

    // Feature "k" says class k; a shared feature says nothing.
    private static List<Example> Separable()
    {
        var list = new List<Example>();
        for (int n = 0; n < 30; n++)
            for (int k = 0; k < Classes.Length; k++)
                list.Add(new Example([FeatureHash.Of(12, "k", Classes[k]), FeatureHash.Of(12, "shared")], k));
        return list;
    }

    [Test]
    public void Trained_weights_predict_the_class_each_feature_marks()
    {
        var model = LinearTrainer.Fit("t", 12, Classes, Separable(), new LinearTrainer.Settings(L1: 0, L2: 0.1f));
        Span<double> p = stackalloc double[3];
        for (int k = 0; k < Classes.Length; k++)
        {
            model.Predict([FeatureHash.Of(12, "k", Classes[k])], p);
            Assert.That(p.ToArray().ToList().IndexOf(p.ToArray().Max()), Is.EqualTo(k), $"class {Classes[k]}");
            Assert.That(p[k], Is.GreaterThan(0.8));
        }
    }

    [Test]
    public void The_same_data_and_seed_give_the_same_weights()
    {
        var a = LinearTrainer.Fit("t", 12, Classes, Separable(), new LinearTrainer.Settings());
        var b = LinearTrainer.Fit("t", 12, Classes, Separable(), new LinearTrainer.Settings());
        Assert.That(a.Weights.ToArray(), Is.EqualTo(b.Weights.ToArray()));
        Assert.That(a.Columns, Is.EqualTo(b.Columns));
    }

    [Test]
    public void Training_on_one_class_is_refused_with_the_reason()
    {
        var one = Separable().Where(e => e.Label == 0).ToList();
        var ex = Assert.Throws<InvalidOperationException>(() => LinearTrainer.Fit("t", 12, Classes, one, new LinearTrainer.Settings()));
        Assert.That(ex!.Message, Does.Contain("at least two classes"));
    }
}
