using Pipeline.Ner;

namespace Pipeline.Tests.Ner;

public class EntityScorerTests
{
    private const string Conll = """
        قال O O
        محمد B-PERS B-PERS
        عباس I-PERS I-PERS
        في O O
        رام B-LOC B-LOC
        الله I-LOC O

        زار O O
        وزير O B-PERS
        الامم B-ORG B-ORG
        المتحدة I-ORG I-ORG
        لبنان B-LOC B-LOC
        """;

    private static List<(IReadOnlyList<string>, IReadOnlyList<string>)> Columns()
    {
        var result = new List<(IReadOnlyList<string>, IReadOnlyList<string>)>();
        foreach (var block in Conll.Split("\n\n"))
        {
            var rows = block.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')).ToList();
            result.Add((rows.Select(r => r[1]).ToList(), rows.Select(r => r[2]).ToList()));
        }
        return result;
    }

    [Test]
    public void Micro_scores_count_exact_span_and_type_matches()
    {
        var s = EntityScorer.Score(Columns());
        // gold: PERS, LOC(رام الله), ORG, LOC(لبنان) = 4; predicted: PERS, LOC(رام), PERS(وزير), ORG, LOC = 5; 3 match.
        Assert.That((s.Micro.TruePositives, s.Micro.Predicted, s.Micro.Gold), Is.EqualTo((3, 5, 4)));
        Assert.That(s.Micro.Precision, Is.EqualTo(0.6).Within(1e-9));
        Assert.That(s.Micro.Recall, Is.EqualTo(0.75).Within(1e-9));
        Assert.That(s.Micro.F1, Is.EqualTo(2 * 0.6 * 0.75 / 1.35).Within(1e-9));
    }

    [Test]
    public void Per_type_scores_are_sorted_by_type()
    {
        var s = EntityScorer.Score(Columns());
        Assert.That(s.PerType.Select(t => t.Type), Is.EqualTo(new[] { "LOC", "ORG", "PERS" }));
        var loc = s.PerType[0];
        Assert.That((loc.TruePositives, loc.Predicted, loc.Gold), Is.EqualTo((1, 2, 2)));
        var pers = s.PerType[2];
        Assert.That((pers.TruePositives, pers.Predicted, pers.Gold), Is.EqualTo((1, 2, 1)));
    }

    [TestCase("B-PERS I-PERS O", "0-2:PERS")]
    [TestCase("I-PERS I-PERS", "0-2:PERS")]
    [TestCase("O I-LOC", "1-2:LOC")]
    [TestCase("B-PERS I-LOC", "0-1:PERS 1-2:LOC")]
    [TestCase("B-ORG B-ORG", "0-1:ORG 1-2:ORG")]
    [TestCase("I-MISC B-MISC I-MISC", "0-1:MISC 1-3:MISC")]
    [TestCase("O O", "")]
    public void Spans_follow_conlleval_rules(string tags, string expected)
    {
        var spans = EntityScorer.Spans(tags.Split(' ')).OrderBy(s => s.Start).Select(s => $"{s.Start}-{s.End}:{s.Type}");
        Assert.That(string.Join(' ', spans), Is.EqualTo(expected));
    }

    [Test]
    public void Empty_input_scores_zero() =>
        Assert.That(EntityScorer.Score([]).Micro.F1, Is.EqualTo(0));
}
