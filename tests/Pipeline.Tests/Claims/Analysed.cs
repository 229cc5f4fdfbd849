using Pipeline.Extract;
using Pipeline.Output;
using Pipeline.Processing;
using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>
/// The real pipeline, built once from the repository's models/ folder, for tests that check what the
/// grammar finds in a sentence (<see cref="Processor"/>) and what the shipped pipeline makes of it
/// (<see cref="Pipeline"/>). Loading the lexicons is the slow part, so every test shares them.
/// </summary>
public static class Analysed
{
    private static readonly Lazy<ArticleProcessor> Shared = new(() =>
        new ArticleProcessor(new ArticleExtractor(), Stages.Load(ModelPaths.Locate(), ClaimScorerKind.Rules), new ClaimRecordBuilder(0.6, "test")));

    private static readonly Lazy<ArticleProcessor> Learned = new(() =>
        new ArticleProcessor(new ArticleExtractor(), Stages.Load(ModelPaths.Locate()), new ClaimRecordBuilder(0.6, "test")));

    /// <summary>The grammar alone (Pipeline:ClaimScorer = Rules): what the grammar tests check.</summary>
    public static ArticleProcessor Processor => Shared.Value;

    /// <summary>The pipeline as users run it: the grammar's candidates decided by the shipped claim model.</summary>
    public static ArticleProcessor Pipeline => Learned.Value;

    /// <summary>Runs every analysis stage over <paramref name="text"/> and returns the document.</summary>
    public static Document Text(string text)
    {
        var document = new Document("a-test", text, new ArticleMeta());
        Processor.Analyse(document, CancellationToken.None);
        return document;
    }

    /// <summary>The claims the pipeline finds in <paramref name="text"/>.</summary>
    public static IReadOnlyList<Claim> Claims(string text) => Text(text).Claims;

    /// <summary>The only claim of <paramref name="type"/> in <paramref name="text"/>; fails listing what was found otherwise.</summary>
    public static (Document Document, Claim Claim) Single(string text, ClaimType type)
    {
        var document = Text(text);
        var matching = document.Claims.Where(c => c.Type == type).ToList();
        Assert.That(matching, Has.Count.EqualTo(1), () => $"expected one {type.Name()} claim; found: {Describe(document)}");
        return (document, matching[0]);
    }

    /// <summary>A one-line summary of every claim, for assertion messages.</summary>
    public static string Describe(Document d) => d.Claims.Count == 0
        ? "(no claims)"
        : string.Join(" | ", d.Claims.Select(c =>
            $"{c.Type.Name()} [{c.Construction}] speaker={c.Speaker.Text} target={c.Target?.Text ?? "-"} cue={d.Slice(c.Cue)} content={(c.Content is { } s ? d.Slice(s) : "-")}"));
}
