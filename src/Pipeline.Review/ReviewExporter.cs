using Pipeline.Output;

namespace Pipeline.Review;

/// <summary>What an export did, for the command's summary.</summary>
public sealed record ExportResult(int Exported, int ClaimsRead, int Articles, IReadOnlyList<string> Warnings);

/// <summary>`review export`: claims.jsonl (+ articles.jsonl) in, review sheet out.</summary>
public static class ReviewExporter
{
    /// <param name="articlesPath">articles.jsonl; null means next to claims.jsonl, and then a missing file only costs the titles and article order.</param>
    public static ExportResult Export(string claimsPath, string? articlesPath, string csvPath, ExportOptions options, CancellationToken cancellationToken)
    {
        var claims = JsonlFiles.ReadClaims(claimsPath, cancellationToken).Select(l => l.Claim).ToList();
        var warnings = new List<string>();
        IReadOnlyList<ArticleRecord> articles = [];
        string articlesFile = articlesPath ?? JsonlFiles.ArticlesNextTo(claimsPath);
        if (articlesPath is not null || File.Exists(articlesFile))
            articles = JsonlFiles.ReadArticles(articlesFile, cancellationToken);
        else
            warnings.Add($"{articlesFile}: not found; titles and article order come from claims.jsonl (pass --articles to use another file).");

        foreach (var type in options.Types)
        {
            if (!Pipeline.Text.ClaimTypes.TryParse(type, out _))
                throw new ReviewInputException(csvPath, $"--types names '{type}', which is not a claim type; use accusation, denial, condemnation, appeal, responsibility or statement.");
        }

        var selected = ReviewSelection.Select(claims, articles, options);
        var byId = new Dictionary<string, ArticleRecord>(StringComparer.Ordinal);
        foreach (var a in articles) byId.TryAdd(a.Id, a);
        string? dir = Path.GetDirectoryName(Path.GetFullPath(csvPath));
        if (dir is not null) Directory.CreateDirectory(dir);
        ReviewCsvWriter.Write(csvPath, selected, byId, options.Separator);
        return new ExportResult(selected.Count, claims.Count, articles.Count, warnings);
    }
}
