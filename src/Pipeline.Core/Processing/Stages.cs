using System.Collections.Frozen;
using Pipeline.Claims;
using Pipeline.Lexicons;
using Pipeline.Mentions;
using Pipeline.Quotes;
using Pipeline.Segment;

namespace Pipeline.Processing;

/// <summary>
/// The analysis stages in their one explicit order, built from the files in models/. Every data file
/// is loaded here, once, and checked: a missing or broken file fails with its path and the fix.
/// </summary>
public static class Stages
{
    /// <summary>
    /// Builds the stages. <paramref name="scorer"/> picks the claim confidence: the trained model
    /// (its weights, models/claims-confidence.weights.json, checked against models/claims-confidence.zip;
    /// both required) or the rule prior for users without a model.
    /// <paramref name="entityModel"/> adds the learned NER tagger (models/ner.zip) before the
    /// gazetteer mentions: it gives unknown names a kind, at about ten times the analysis cost, and
    /// did not change the claim scores on the development set, so it is off unless asked for.
    /// </summary>
    public static IReadOnlyList<IDocumentStage> Load(string modelsDir, ClaimScorerKind scorer = ClaimScorerKind.Model, bool entityModel = false)
    {
        var cues = CueLexicon.Load(ModelPaths.Require(modelsDir, "cues.tsv"));
        var actors = ActorGazetteer.Load(ModelPaths.Require(modelsDir, "actors-extra.tsv"), ModelPaths.Require(modelsDir, "actors.tsv"));
        var heads = HeadWords.Load(ModelPaths.Require(modelsDir, "heads.tsv"));
        var functionWords = NounPhrases.LoadWordList(ModelPaths.Require(modelsDir, "function-words.tsv"));
        var nonSubjects = NounPhrases.LoadWordList(ModelPaths.Require(modelsDir, "nonsubject-words.tsv"))
            .Select(ActorGazetteer.Key).ToHashSet(StringComparer.Ordinal).ToFrozenSet(StringComparer.Ordinal);
        var typer = ContentTyper.Load(ModelPaths.Require(modelsDir, "content-cues.tsv"));
        var personNames = NounPhrases.LoadLongWordList(ModelPaths.Require(modelsDir, "person-names.tsv"));
        var phrases = new NounPhrases(functionWords, nonSubjects, personNames, heads, actors);
        var resolver = new MentionResolver(actors, heads);
        var grammar = new ClaimGrammar(cues, phrases, resolver, typer);
        var stages = new List<IDocumentStage>
        {
            new TokenizeStage(),
            new QuoteStage(),
            new SegmentStage(),
        };
        if (entityModel) stages.Add(new Pipeline.Ner.NerStage(Pipeline.Ner.NerModelFile.Load(modelsDir)));
        stages.Add(new MentionStage(actors, resolver));
        stages.Add(new ClaimStage(grammar, scorer == ClaimScorerKind.Rules
            ? new RuleScorer()
            : WeightsScorer.Load(Path.Combine(modelsDir, ConfidenceModel.FileName), new ClaimFeatures(cues))));
        return stages;
    }
}

/// <summary>Which claim scorer the claim stage uses (setting Pipeline:ClaimScorer).</summary>
public enum ClaimScorerKind
{
    /// <summary>The trained confidence model, models/claims-confidence.zip.</summary>
    Model,

    /// <summary>The rule prior (<see cref="RuleScorer"/>): no model file needed.</summary>
    Rules,
}
