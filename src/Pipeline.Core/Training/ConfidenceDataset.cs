using Pipeline.Claims;
using Pipeline.Evaluation;
using Pipeline.Output;
using Pipeline.Processing;
using Pipeline.Read;
using Pipeline.Text;

namespace Pipeline.Training;

/// <summary>One candidate claim of the training set: its features, its output record and whether it is correct.</summary>
public sealed record LabelledClaim(string Doc, string ClaimId, ClaimFeatureRow Row, PredClaim Pred, ClaimRecord Record)
{
    public bool Label => Row.Label;
}

/// <summary>
/// Builds the confidence model's training set: runs the pipeline (rule-scored) over the articles and
/// labels every output claim by score.py's typed matching against the gold claims. Keeps every claim by
/// id, so that review decisions (keyed by claim id) can be labelled too.
/// </summary>
public sealed class ConfidenceDataset
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm"];

    private int _next;

    public List<LabelledClaim> Claims { get; } = [];

    public IReadOnlyDictionary<string, List<GoldClaim>> Gold { get; private init; } = new Dictionary<string, List<GoldClaim>>();

    /// <summary>Every processed claim by its stable id (features computed, label from gold when the article has gold).</summary>
    public Dictionary<string, LabelledClaim> ById { get; } = new(StringComparer.Ordinal);

    public static ConfidenceDataset Build(ArticleProcessor processor, ClaimFeatures features, string articlesDir,
        IReadOnlyDictionary<string, List<GoldClaim>> gold, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(articlesDir))
            throw new DirectoryNotFoundException($"Articles folder '{articlesDir}' does not exist. Give the folder of the gold's articles (e.g. shared/eval/dev/articles).");
        var set = new ConfidenceDataset { Gold = gold };
        var files = Directory.GetFiles(articlesDir).Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var labelled = set.Add(processor, features, new RawInput(file, null, File.ReadAllBytes(file)), cancellationToken);
            if (gold.ContainsKey(labelled.Doc)) set.Claims.AddRange(labelled.Claims);
        }
        if (set.Claims.Count == 0)
            throw new InvalidDataException($"No claim of '{articlesDir}' belongs to a gold document: the article file names (without extension) must be the gold 'doc' values.");
        return set;
    }

    /// <summary>Processes one more input (e.g. a reviewed article outside the gold set) and indexes its claims by id.</summary>
    public (string Doc, List<LabelledClaim> Claims) Add(ArticleProcessor processor, ClaimFeatures features, RawInput input, CancellationToken cancellationToken)
    {
        var result = processor.Process(input, cancellationToken);
        var document = result.Document;
        var byId = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var c in document.Claims) byId.TryAdd(ClaimRecordBuilder.IdOf(document, c), c);
        var preds = result.Claims.Select((r, i) => PredClaim.From(r, i)).ToList();
        string doc = PredClaim.DocOf(result.Article.Path, result.Article.Url, result.Article.Id);
        var matched = new HashSet<int>();
        if (Gold.TryGetValue(doc, out var gl))
        {
            var single = new Dictionary<string, List<GoldClaim>> { [doc] = gl };
            matched = GoldMatcher.Match(single, new Dictionary<string, List<PredClaim>> { [doc] = preds }, typed: true).MatchedPredictions;
        }
        var list = new List<LabelledClaim>();
        for (int i = 0; i < result.Claims.Count; i++)
        {
            var record = result.Claims[i];
            var row = features.Extract(document, byId[record.Id]);
            row.Label = matched.Contains(i);
            var item = new LabelledClaim(doc, record.Id, row, preds[i] with { Index = _next++ }, record);
            list.Add(item);
            ById.TryAdd(record.Id, item);
        }
        return (doc, list);
    }
}
