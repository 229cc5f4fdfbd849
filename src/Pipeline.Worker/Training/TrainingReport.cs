using System.Globalization;
using Pipeline.Training;

namespace Pipeline.Worker.Training;

/// <summary>Prints the figures of <c>train claims</c>: cross-validation, drop floors, review simulation.</summary>
public static class TrainingReport
{
    public static void CrossValidation(CrossValidationResult cv, double threshold)
    {
        Console.WriteLine(F($"{"fold",-10} {"claims",6} {"correct",7} {"AUC",6} {"n≥" + threshold.ToString("0.##", CultureInfo.InvariantCulture),6} {"P≥",6} {"n<",5} {"P<",6}"));
        foreach (var f in cv.Folds) Console.WriteLine(Row(f.Fold.ToString(CultureInfo.InvariantCulture), f.Scores));
        Console.WriteLine(Row("pooled", cv.Pooled));
        Console.WriteLine(Row("rule prior", cv.RulePrior));
    }

    public static void Floors(IEnumerable<FloorScores> floors)
    {
        Console.WriteLine("dev micro scores if claims under a floor were dropped (out-of-fold confidences):");
        foreach (var f in floors)
            Console.WriteLine(F($"  floor {f.Floor:0.00}: kept {f.Kept,4}  P {f.MicroP:0.000}  R {f.MicroR:0.000}  F1 {f.MicroF1:0.000}"));
    }

    public static void Simulation(IEnumerable<SimulationScenario> scenarios, double threshold)
    {
        Console.WriteLine(F($"simulated review (held-out half; claims with confidence ≥ {threshold:0.##} kept):"));
        foreach (var s in scenarios)
        {
            Console.WriteLine($"  {s.Name}: {s.Reviewed} low-confidence claims reviewed");
            foreach (var step in new[] { s.Before, s.After })
            {
                var k = step.Kept;
                var sc = step.Scores;
                Console.WriteLine(F($"    {step.Name,-22} labels {step.TrainingLabels,4}  AUC {sc.Auc:0.000}  P≥ {sc.PrecisionAbove:0.000} ({sc.Above})  P< {sc.PrecisionBelow:0.000} ({sc.Below})  kept: P {k.MicroP:0.000} R {k.MicroR:0.000} F1 {k.MicroF1:0.000}"));
            }
        }
    }

    private static string Row(string name, SeparationScores s) =>
        F($"{name,-10} {s.Claims,6} {s.Correct,7} {s.Auc,6:0.000} {s.Above,6} {s.PrecisionAbove,6:0.000} {s.Below,5} {s.PrecisionBelow,6:0.000}");

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
