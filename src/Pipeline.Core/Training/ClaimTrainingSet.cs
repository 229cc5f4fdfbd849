using Pipeline.Claims.Learning;
using Pipeline.Evaluation;
using Pipeline.Processing;
using Pipeline.Read;

namespace Pipeline.Training;

/// <summary>
/// Reads any number of gold folders and article folders into training articles: every article file
/// (.txt/.html/.htm) whose name is a gold document is run through the pipeline with the grammar alone,
/// and its candidates kept with its gold claims. Counts come from the folders, never from code.
/// </summary>
public static class ClaimTrainingSet
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm"];

    public static List<TrainingArticle> Load(ArticleProcessor grammarOnly, IEnumerable<string> goldPaths, IEnumerable<string> articleDirs, CancellationToken cancellationToken)
    {
        var gold = ClaimFiles.LoadGold(goldPaths);
        var list = new List<TrainingArticle>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dir in articleDirs)
        {
            if (!Directory.Exists(dir))
                throw new DirectoryNotFoundException($"Articles folder '{dir}' does not exist. Give the folder of the gold's articles (e.g. shared/data/claims/train/articles).");
            foreach (var file in Directory.GetFiles(dir).Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                string doc = PredClaim.DocOf(file, null, null);
                if (!gold.TryGetValue(doc, out var claims) || !seen.Add(doc)) continue;
                var result = grammarOnly.Process(new RawInput(file, null, File.ReadAllBytes(file)), cancellationToken);
                list.Add(new TrainingArticle(doc, TrainingArticle.GroupOf(doc), result.Document, [.. result.Document.Claims], claims));
            }
        }
        if (list.Count == 0)
            throw new InvalidDataException("No article file matches a gold document: the article file names (without extension) must be the gold 'doc' values.");
        return list;
    }
}
