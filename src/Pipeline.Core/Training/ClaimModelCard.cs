using System.Globalization;
using System.Text;
using Pipeline.Claims.Learning;
using Pipeline.Evaluation;

namespace Pipeline.Training;

/// <summary>Writes the card of models/claims-model.bin: what data made it, its scores, how to rebuild it.</summary>
public static class ClaimModelCard
{
    private static string F(double x) => x.ToString(CultureInfo.InvariantCulture);

    public static string Write(string modelPath, LearnedClaimModel model, IReadOnlyList<string> gold, IReadOnlyList<string> articlesDirs, string? reviews,
        IReadOnlyList<TrainingArticle> articles, int folds, int seed, ClaimEvaluation? cv, ClaimEvaluation fitted, DateTimeOffset when)
    {
        var path = Path.ChangeExtension(modelPath, ".md");
        var sb = new StringBuilder();
        sb.AppendLine("# Claim model (`claims-model.bin`)");
        sb.AppendLine();
        sb.AppendLine("Learned decisions over the claim grammar's candidates: the **type** model (multinomial logistic");
        sb.AppendLine("regression, ML.NET `LbfgsMaximumEntropy`, over hashed features of the cue and the content's words)");
        sb.AppendLine("gives each candidate one of the six types or *none* (no claim); the **target** model (the same");
        sb.AppendLine("learner, two classes) scores each word near the cue and in the content as the one accused, condemned,");
        sb.AppendLine("called upon or denied. Training labels come from matching the candidates to the gold claims by");
        sb.AppendLine("`score.py`'s speaker and content rules; gold claims no candidate matches are located in the text by");
        sb.AppendLine("their strings and added as candidates too (training only). Weights are kept only where not zero and");
        sb.AppendLine("scored by hand at run time; the file ends in its SHA-256.");
        sb.AppendLine();
        sb.AppendLine("| | |");
        sb.AppendLine("|---|---|");
        sb.AppendLine($"| trained | {when.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} |");
        sb.AppendLine($"| gold | {string.Join(", ", gold.Select(g => $"`{g}`"))} |");
        sb.AppendLine($"| articles | {string.Join(", ", articlesDirs.Select(a => $"`{a}`"))} |");
        if (reviews is not null) sb.AppendLine($"| reviews | `{reviews}`: {articles.Count(a => a.Partial)} reviewed articles outside the gold |");
        sb.AppendLine($"| size | {articles.Count} articles, {articles.Sum(a => a.Gold.Count)} gold claims, {articles.Sum(a => a.Candidates.Count)} grammar candidates |");
        sb.AppendLine($"| groups | {string.Join(", ", articles.GroupBy(a => a.Group).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))} |");
        sb.AppendLine($"| type model | {model.Type.Columns.Length} weighted features × {model.Type.Classes.Length} classes, 2^{model.Type.Bits} hashed columns |");
        sb.AppendLine($"| target model | {model.Target.Columns.Length} weighted features, 2^{model.Target.Bits} hashed columns |");
        sb.AppendLine($"| thresholds | keep a claim at probability ≥ {F(model.KeepThreshold)}, a second type at ≥ {F(model.TypeThreshold)}, name a target at ≥ {F(model.TargetThreshold)}; content {(model.WidenContent ? "runs to the end of the sentence" : "as the grammar gives it")} |");
        sb.AppendLine($"| cue candidates | {(model.Speaker is null ? "off" : $"on: speaker model of {model.Speaker.Columns.Length} weighted features, threshold {F(model.SpeakerThreshold)}")} |");
        sb.AppendLine($"| seed | {seed} |");
        sb.AppendLine();
        sb.AppendLine("## Scores");
        sb.AppendLine();
        if (cv is not null)
        {
            sb.AppendLine($"Out-of-fold, {folds} folds grouped by article (each article predicted by models that never saw it):");
            sb.AppendLine();
            sb.AppendLine("```");
            sb.Append(ScoreReport.Text(cv));
            sb.AppendLine("```");
            sb.AppendLine();
        }
        sb.AppendLine($"On the training articles themselves (an upper bound, not an estimate): {ScoreReport.HeadlineLine(fitted).Trim()}");
        sb.AppendLine();
        sb.AppendLine("## Rebuild");
        sb.AppendLine();
        sb.AppendLine("```sh");
        sb.Append("dotnet run -c Release --project src/Pipeline.Worker -- train claims");
        foreach (var g in gold) sb.Append($" --gold {g}");
        foreach (var a in articlesDirs) sb.Append($" --articles {a}");
        if (reviews is not null) sb.Append($" --reviews {reviews}");
        sb.AppendLine($" --seed {seed}");
        sb.AppendLine("```");
        File.WriteAllText(path, sb.ToString());
        return path;
    }
}
