using Pipeline.Mentions;
using Pipeline.Normalise;
using Pipeline.Processing;
using Pipeline.Segment;
using Pipeline.Text;

namespace Pipeline.Tests.Mentions;

/// <summary>The mention resolver built from the repository's gazetteer and head words.</summary>
public static class Resolved
{
    private static readonly Lazy<MentionResolver> Shared = new(() =>
    {
        var models = ModelPaths.Locate();
        var actors = ActorGazetteer.Load(Path.Combine(models, "actors.tsv"), ModelPaths.Require(models, "actors-extra.tsv"));
        return new MentionResolver(actors, HeadWords.Load(ModelPaths.Require(models, "heads.tsv")));
    });

    /// <summary>Resolves the whole of <paramref name="phrase"/> as one mention.</summary>
    public static Mention Phrase(string phrase)
    {
        var document = new Document("a-test", phrase, new ArticleMeta());
        new TokenizeStage().Process(document, CancellationToken.None);
        return Shared.Value.Resolve(document, 0, document.Tokens.Count, "test");
    }
}
