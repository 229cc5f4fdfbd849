using System.Collections.Frozen;
using Pipeline.Claims;
using Pipeline.Claims.Learning;
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
    /// Builds the stages. <paramref name="scorer"/> picks how claims are decided: the learned claim model
    /// (models/claims-model.bin, required: type, target, claim or not, confidence over the grammar's
    /// candidates) or the grammar alone with the rule prior as confidence.
    /// <paramref name="entityModel"/> adds the learned NER tagger (models/ner.zip) before the
    /// gazetteer mentions: it gives unknown names a kind, at about ten times the analysis cost, and
    /// did not change the claim scores on the development set, so it is off unless asked for.
    /// </summary>
    public static IReadOnlyList<IDocumentStage> Load(string modelsDir, ClaimScorerKind scorer = ClaimScorerKind.Model, bool entityModel = false)
    {
        var parts = LoadParts(modelsDir, out var actors, out var typer);
        var refiner = scorer == ClaimScorerKind.Model
            ? parts.Refiner(ClaimModelFile.Load(Path.Combine(modelsDir, ClaimModelFile.FileName)))
            : null;
        return Build(modelsDir, parts, actors, typer, refiner, entityModel);
    }

    /// <summary>
    /// What training and cross-validation need, from one reading of <paramref name="modelsDir"/>: the
    /// stages with the grammar alone (the candidates) and the parts refiners of models trained in memory
    /// are built from.
    /// </summary>
    public static (IReadOnlyList<IDocumentStage> GrammarOnly, ClaimLearningParts Parts) ForTraining(string modelsDir)
    {
        var parts = LoadParts(modelsDir, out var actors, out var typer);
        return (Build(modelsDir, parts, actors, typer, refiner: null, entityModel: false), parts);
    }

    /// <summary>The phrase finder, resolver and cue finder of <paramref name="modelsDir"/> alone.</summary>
    public static ClaimLearningParts LearningParts(string modelsDir) => LoadParts(modelsDir, out _, out _);

    private static ClaimLearningParts LoadParts(string modelsDir, out ActorGazetteer actors, out ContentTyper typer)
    {
        var cues = CueLexicon.Load(ModelPaths.Require(modelsDir, "cues.tsv"));
        actors = ActorGazetteer.Load(ModelPaths.Require(modelsDir, "actors-extra.tsv"), ModelPaths.Require(modelsDir, "actors.tsv"));
        var heads = HeadWords.Load(ModelPaths.Require(modelsDir, "heads.tsv"));
        var functionWords = NounPhrases.LoadWordList(ModelPaths.Require(modelsDir, "function-words.tsv"));
        var nonSubjects = NounPhrases.LoadWordList(ModelPaths.Require(modelsDir, "nonsubject-words.tsv"))
            .Select(ActorGazetteer.Key).ToHashSet(StringComparer.Ordinal).ToFrozenSet(StringComparer.Ordinal);
        typer = ContentTyper.Load(ModelPaths.Require(modelsDir, "content-cues.tsv"));
        var personNames = NounPhrases.LoadLongWordList(ModelPaths.Require(modelsDir, "person-names.tsv"));
        var phrases = new NounPhrases(functionWords, nonSubjects, personNames, heads, actors);
        var resolver = new MentionResolver(actors, heads);
        return new ClaimLearningParts(phrases, resolver, cues, new CueCandidates(cues, phrases, resolver));
    }

    private static List<IDocumentStage> Build(string modelsDir, ClaimLearningParts parts, ActorGazetteer actors, ContentTyper typer, ClaimRefiner? refiner, bool entityModel)
    {
        var stages = new List<IDocumentStage>
        {
            new TokenizeStage(),
            new QuoteStage(),
            new SegmentStage(),
        };
        if (entityModel) stages.Add(new Pipeline.Ner.NerStage(Pipeline.Ner.NerModelFile.Load(modelsDir)));
        stages.Add(new MentionStage(actors, parts.Resolver));
        stages.Add(new ClaimStage(new ClaimGrammar(parts.Lexicon, parts.Phrases, parts.Resolver, typer), new RuleScorer(), refiner));
        return stages;
    }
}

/// <summary>How the claim stage decides (setting Pipeline:ClaimScorer).</summary>
public enum ClaimScorerKind
{
    /// <summary>The learned decisions of models/claims-model.bin over the grammar's candidates.</summary>
    Model,

    /// <summary>The grammar alone, with the rule prior (<see cref="RuleScorer"/>) as confidence: no model file needed.</summary>
    Rules,
}
