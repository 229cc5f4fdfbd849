using Pipeline.Processing;
using Pipeline.Text;

namespace Pipeline.Mentions;

/// <summary>Adds every gazetteer actor found in the text as a mention (targets and features draw on them).</summary>
public sealed class MentionStage(ActorGazetteer actors, MentionResolver resolver) : IDocumentStage
{
    public string Name => "mentions";

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var tokens = document.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (actors.Match(tokens, i, tokens.Count) is not { } hit || actors.IsCommonNounUse(tokens, hit)) continue;
            if (!hit.Actor.IsNisba)
            {
                var m = resolver.Resolve(document, hit.First, hit.End, "gazetteer");
                document.Mentions.Add(m);
            }
            i = hit.End - 1;
        }
    }
}
