using Microsoft.Extensions.DependencyInjection;
using Pipeline.Claims.Learning;
using Pipeline.Extract;
using Pipeline.Output;
using Pipeline.Processing;
using Pipeline.Training;

namespace Pipeline.Worker.Training;

/// <summary>
/// What <c>train claims</c> and <c>eval claims --cv</c> both start from: the gold articles run through the
/// grammar alone, the parts to build refiners from (models/ read once) and the record builder.
/// </summary>
public sealed record ClaimTrainingData(List<TrainingArticle> Articles, ClaimLearningParts Parts, ArticleProcessor GrammarOnly, ClaimRecordBuilder Builder)
{
    public static ClaimTrainingData Load(IServiceProvider services, PipelineOptions options, IEnumerable<string> gold, IEnumerable<string> articles, CancellationToken cancellationToken)
    {
        var (grammarOnly, parts) = Stages.ForTraining(ModelPaths.Locate(options.ModelsPath));
        var builder = new ClaimRecordBuilder(options.ReviewThreshold, PipelineServices.ModelName);
        var processor = new ArticleProcessor(services.GetRequiredService<IArticleExtractor>(), grammarOnly, builder);
        return new ClaimTrainingData(ClaimTrainingSet.Load(processor, gold, articles, cancellationToken), parts, processor, builder);
    }

    /// <summary>One line on the training set, for the console.</summary>
    public string Summary => $"{Articles.Count} articles, {Articles.Sum(a => a.Gold.Count)} gold claims, {Articles.Sum(a => a.Candidates.Count)} grammar candidates";
}
