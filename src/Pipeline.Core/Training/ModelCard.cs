using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Claims;

namespace Pipeline.Training;

/// <summary>What the card of a trained confidence model records.</summary>
public sealed record ModelCardInfo(
    string ModelPath,
    string GoldPath,
    string ArticlesPath,
    string? ReviewsPath,
    int Articles,
    int Claims,
    int Correct,
    int ReviewLabels,
    int Folds,
    int Seed,
    double Threshold,
    CrossValidationResult CrossValidation,
    IReadOnlyList<FloorScores> Floors,
    DateTimeOffset TrainedAt);

/// <summary>Writes models/claims-confidence.md: data, date, features, trainer, cross-validation, checksum, how to rebuild.</summary>
public static class ModelCard
{
    public static string Write(ModelCardInfo info)
    {
        var path = Path.ChangeExtension(info.ModelPath, ".md");
        File.WriteAllText(path, Render(info, Sha256(info.ModelPath)), new UTF8Encoding(false));
        return path;
    }

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static string Render(ModelCardInfo i, string sha256)
    {
        var inv = CultureInfo.InvariantCulture;
        var cv = i.CrossValidation;
        var sb = new StringBuilder();
        sb.AppendLine($"# {Path.GetFileName(i.ModelPath)} — claim confidence model");
        sb.AppendLine();
        sb.AppendLine("P(a candidate claim is correct), used as the claim's `confidence`; claims under the review threshold get status `needs_review`.");
        sb.AppendLine();
        sb.AppendLine($"- Trained: {i.TrainedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", inv)}, seed {i.Seed}");
        sb.AppendLine($"- Data: {i.Claims} candidate claims ({i.Correct} correct) from {i.Articles} articles of `{i.ArticlesPath}`, labelled by score.py's typed matching against `{i.GoldPath}`"
            + (i.ReviewsPath is null ? "" : $"; plus {i.ReviewLabels} review decisions from `{i.ReviewsPath}` (accept = 1, reject/fix = 0)"));
        sb.AppendLine($"- Trainer: {ConfidenceTrainer.TrainerDescription}");
        sb.AppendLine($"- Categorical features: {string.Join(", ", ClaimFeatureRow.Categorical)}");
        sb.AppendLine($"- Numeric features: {string.Join(", ", ClaimFeatureRow.Numeric)}");
        sb.AppendLine($"- SHA-256: `{sha256}`");
        sb.AppendLine();
        sb.AppendLine($"## Cross-validation ({i.Folds} folds grouped by article)");
        sb.AppendLine();
        sb.AppendLine($"| fold | articles | claims | correct | AUC | ≥ {i.Threshold:0.##}: n | precision | < {i.Threshold:0.##}: n | precision |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var f in cv.Folds) sb.AppendLine(Row(f.Fold.ToString(inv), f.Articles.ToString(inv), f.Scores));
        sb.AppendLine(Row("pooled", i.Articles.ToString(inv), cv.Pooled));
        sb.AppendLine(Row("rule prior", i.Articles.ToString(inv), cv.RulePrior));
        sb.AppendLine();
        sb.AppendLine("Dev micro scores (out-of-fold confidences) if claims under a floor were dropped:");
        sb.AppendLine();
        sb.AppendLine("| floor | kept | P | R | F1 |");
        sb.AppendLine("|---|---|---|---|---|");
        foreach (var f in i.Floors) sb.AppendLine(string.Create(inv, $"| {f.Floor:0.00} | {f.Kept} | {f.MicroP:0.000} | {f.MicroR:0.000} | {f.MicroF1:0.000} |"));
        sb.AppendLine();
        sb.AppendLine("## Rebuild");
        sb.AppendLine();
        sb.AppendLine("```");
        sb.AppendLine($"dotnet run --project src/Pipeline.Worker -- train claims --gold {i.GoldPath} --articles {i.ArticlesPath}"
            + (i.ReviewsPath is null ? "" : $" --reviews {i.ReviewsPath}") + $" --folds {i.Folds} --seed {i.Seed}");
        sb.AppendLine("```");
        sb.AppendLine();
        sb.AppendLine("Retrain whenever the claim grammar, mentions or lexicons change: the features describe the grammar's output. "
            + "Without the file the pipeline stops at start-up; set `Pipeline:ClaimScorer` to `rules` to run on the rule prior instead.");
        return sb.ToString();
    }

    private static string Row(string name, string articles, SeparationScores s) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {articles} | {s.Claims} | {s.Correct} | {s.Auc:0.000} | {s.Above} | {s.PrecisionAbove:0.000} | {s.Below} | {s.PrecisionBelow:0.000} |");
}
