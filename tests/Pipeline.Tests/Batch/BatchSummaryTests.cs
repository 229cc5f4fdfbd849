using Pipeline.Worker.Batch;

namespace Pipeline.Tests.Batch;

/// <summary>The exit code says whether everything, something or nothing was processed.</summary>
public class BatchSummaryTests
{
    [TestCase(5, 5, 0, 0)]
    [TestCase(5, 4, 1, 2)]
    [TestCase(5, 0, 5, 1)]
    [TestCase(0, 0, 0, 1)]
    [TestCase(1, 1, 0, 0)]
    public void Exit_code_follows_articles_and_rejects(int inputs, int articles, int rejects, int exitCode)
    {
        var summary = new BatchSummary { Inputs = inputs, Articles = articles, Rejects = rejects };
        Assert.That(summary.ExitCode, Is.EqualTo(exitCode));
    }

    [Test]
    public void Claims_is_the_sum_over_types()
    {
        var summary = new BatchSummary();
        summary.ClaimsByType["denial"] = 2;
        summary.ClaimsByType["statement"] = 3;
        Assert.That(summary.Claims, Is.EqualTo(5));
    }
}
