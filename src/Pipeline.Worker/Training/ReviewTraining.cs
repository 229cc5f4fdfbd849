using Pipeline.Claims.Learning;
using Pipeline.Evaluation;
using Pipeline.Processing;
using Pipeline.Read;
using Pipeline.Review;

namespace Pipeline.Worker.Training;

/// <summary>How the review store's decisions became training articles.</summary>
public sealed record ReviewTrainingCount(int Decisions, int Articles, int InGold, int Unresolved);

/// <summary>
/// Turns the review store's decisions into training articles for <c>train claims --reviews</c>: each
/// reviewed article that is not in the gold folders is re-read from the path its claims were extracted
/// from; an accepted claim is gold as extracted, a fixed one gold with the reviewer's fields, a rejected
/// one a known non-claim. Articles of the gold folders keep their gold (it is the reference).
/// </summary>
public static class ReviewTraining
{
    public const string Group = "reviews";

    public static (List<TrainingArticle> Articles, ReviewTrainingCount Count) Load(
        string storePath, ArticleProcessor grammarOnly, IReadOnlySet<string> goldDocs, CancellationToken cancellationToken)
    {
        if (!ReviewStore.IsPostgres(storePath) && !File.Exists(storePath))
            throw new FileNotFoundException($"Review store '{storePath}' does not exist. Give the reviews.db that `review import` wrote (next to claims.jsonl), a postgres:Host=… store, or leave out --reviews.", storePath);
        using var store = ReviewStore.Open(storePath);
        var decisions = store.Decisions();
        var articles = new List<TrainingArticle>();
        int inGold = 0, unresolved = 0;
        foreach (var byPath in decisions.GroupBy(d => d.Original.Article.Path ?? "", StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            string doc = PredClaim.DocOf(byPath.Key, byPath.First().Original.Article.Url, byPath.First().Original.Article.Id);
            if (goldDocs.Contains(doc))
            {
                inGold += byPath.Count();
                continue;
            }
            if (byPath.Key.Length == 0 || !File.Exists(byPath.Key))
            {
                unresolved += byPath.Count();
                continue;
            }
            var result = grammarOnly.Process(new RawInput(byPath.Key, null, File.ReadAllBytes(byPath.Key)), cancellationToken);
            var gold = new List<GoldClaim>();
            var rejected = new List<GoldClaim>();
            foreach (var d in byPath)
            {
                var o = d.Original;
                var fix = d.Decision.Fix;
                var claim = ClaimFiles.Gold(doc, fix.Type ?? o.Type, fix.Speaker ?? o.Speaker.Text, fix.Target ?? o.Target?.Text,
                    fix.Content ?? o.Content?.Text, o.Quote?.Text, o.Cue.Text);
                (d.Decision.Kind == DecisionKind.Reject ? rejected : gold).Add(claim);
            }
            articles.Add(new TrainingArticle(doc, Group, result.Document, [.. result.Document.Claims], gold, Partial: true, Rejected: rejected));
        }
        return (articles, new ReviewTrainingCount(decisions.Count, articles.Count, inGold, unresolved));
    }
}
