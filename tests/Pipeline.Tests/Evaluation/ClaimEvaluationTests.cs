using Pipeline.Evaluation;

namespace Pipeline.Tests.Evaluation;

// A tiny gold/prediction pair whose numbers were checked with shared/eval/score.py:
//   accusation 1/1/1, denial 1/2/1 (two predictions, one gold: one-to-one), appeal 1/0/0, statement 1/1/1,
//   micro-F1 0.750, who-accused-whom 1.000, who-denied-what 0.667, any-type 0.750, one unreadable line.
public class ClaimEvaluationTests
{
    private const string Gold = """
        {"doc": "d1", "type": "accusation", "speaker": "وزارة الخارجية", "target": "الحكومة", "content": "بعرقلة المفاوضات في الدوحة", "quote": null}
        {"doc": "d1", "type": "denial", "speaker": "الجيش", "target": null, "content": "استهداف المدنيين", "quote": null}
        {"doc": "d1", "type": "statement", "speaker": "المتحدث باسم الجيش", "target": null, "content": "القوات انسحبت من المدينة", "quote": null}
        {"doc": "d2", "type": "appeal", "speaker": "الأمم المتحدة", "target": "الطرفين", "content": "وقف إطلاق النار", "quote": null}
        """;

    private const string Pred = """
        {"article": {"path": "/x/d1.txt"}, "type": "accusation", "speaker": {"text": "والخارجية"}, "target": {"text": "للحكومة"}, "content": {"text": "عرقلة المفاوضات"}}
        {"article": {"path": "/x/d1.txt"}, "type": "denial", "speaker": {"text": "الجيش"}, "content": {"text": "نفى استهداف المدنيين"}}
        {"article": {"path": "/x/d1.txt"}, "type": "denial", "speaker": {"text": "الجيش"}, "content": {"text": "استهداف المدنيين"}}
        {"article": {"path": "/x/d1.txt"}, "type": "statement", "speaker": {"text": "المتحدث"}, "content": {"text": "القوات انسحبت"}}
        {"article": {"path": "/x/d3.txt"}, "type": "statement", "speaker": {"text": "أحد"}, "content": {"text": "شيء"}}
        not json
        """;

    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "eval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_dir, "gold"));
        File.WriteAllText(Path.Combine(_dir, "gold", "t.gold.jsonl"), Gold);
        File.WriteAllText(Path.Combine(_dir, "pred.jsonl"), Pred);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private ClaimEvaluation Evaluate()
    {
        var gold = ClaimFiles.LoadGold([Path.Combine(_dir, "gold")]);
        var (pred, bad) = ClaimFiles.LoadPred(Path.Combine(_dir, "pred.jsonl"), gold);
        return ClaimEvaluation.Score(gold, pred, bad);
    }

    [Test]
    public void Per_type_counts_match_the_python_scorer()
    {
        var e = Evaluate();
        Assert.That(e.Types.Select(t => (t.Type, t.Gold, t.Pred, t.Tp)), Is.EqualTo(new[]
        {
            ("accusation", 1, 1, 1), ("denial", 1, 2, 1), ("appeal", 1, 0, 0), ("statement", 1, 1, 1),
        }));
        Assert.That(e.BadLines, Is.EqualTo(1));
        Assert.That(e.DocsWithPredictions, Is.EqualTo(1));
    }

    [Test]
    public void Clitic_forms_of_speaker_and_target_still_match()
    {
        // والخارجية ~ وزارة الخارجية, للحكومة ~ الحكومة
        Assert.That(Evaluate().Types.Single(t => t.Type == "accusation").Tp, Is.EqualTo(1));
    }

    [Test]
    public void Two_predictions_of_one_gold_claim_count_one_true_positive_and_the_later_one_wins_the_tie()
    {
        var e = Evaluate();
        Assert.That(e.Types.Single(t => t.Type == "denial").P, Is.EqualTo(0.5));
        Assert.That(e.MatchedPredictions, Is.EquivalentTo(new[] { 0, 2, 3 }));
    }

    [Test]
    public void Printed_output_is_score_py_output()
    {
        var text = ScoreReport.Text(Evaluate(), showMisses: 5);
        Assert.That(text, Is.EqualTo("""
            documents 3, with predictions 1, unreadable lines 1
            type            gold  pred   tp      P      R     F1
            accusation         1     1    1  1.000  1.000  1.000
            denial             1     2    1  0.500  1.000  0.667
            appeal             1     0    0  0.000  0.000  0.000
            statement          1     1    1  1.000  1.000  1.000
            MISS d2 appeal | الأمم المتحدة -> الطرفين | وقف إطلاق النار
            claims micro-F1 0.750 | who-accused-whom F1 1.000 | who-denied-what F1 0.667 | any-type F1 0.750

            """.Replace("\r\n", "\n")));
    }

    [Test]
    public void A_missing_prediction_file_names_the_path_and_the_fix()
    {
        var gold = ClaimFiles.LoadGold([Path.Combine(_dir, "gold")]);
        var ex = Assert.Throws<FileNotFoundException>(() => ClaimFiles.LoadPred(Path.Combine(_dir, "nope.jsonl"), gold));
        Assert.That(ex!.Message, Does.Contain("nope.jsonl").And.Contain("extract"));
    }
}
