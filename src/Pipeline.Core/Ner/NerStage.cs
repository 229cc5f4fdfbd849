using Pipeline.Processing;
using Pipeline.Text;

namespace Pipeline.Ner;

/// <summary>
/// Adds the NER model's entities to <see cref="Document.Mentions"/> (Source "ner"). Runs after the
/// tokenize stage; tags each sentence (or, before sentence segmentation, runs of tokens ended by
/// . ! ? ؟) with every token fed, punctuation included, as ANERcorp tokenises. Mention spans run
/// from the first token's start to the last token's end, clitics included (وإسرائيل), as tagged.
/// </summary>
public sealed class NerStage(NerModel model) : IDocumentStage
{
    public const string Source = "ner";

    public string Name => "ner";

    public void Process(Document document, CancellationToken cancellationToken)
    {
        foreach (var (first, end) in Ranges(document))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (end <= first) continue;
            var tokens = document.Tokens.GetRange(first, end - first);
            var tags = model.Predict(tokens.Select(t => t.Text).ToArray());
            foreach (var span in EntityScorer.Spans(tags).OrderBy(s => s.Start))
            {
                var start = tokens[span.Start].Start;
                var stop = tokens[span.End - 1].End;
                document.Mentions.Add(new Mention(start, stop, document.Text[start..stop], KindOf(span.Type), null, null, Source));
            }
        }
    }

    /// <summary>ANERcorp types to contract mention kinds: PERS→PERSON, ORG→ORG, LOC→GPE, MISC→OTHER.</summary>
    public static MentionKind KindOf(string type) => type switch
    {
        "PERS" => MentionKind.PERSON,
        "ORG" => MentionKind.ORG,
        "LOC" => MentionKind.GPE,
        _ => MentionKind.OTHER,
    };

    private static IEnumerable<(int First, int End)> Ranges(Document document)
    {
        if (document.Sentences.Count > 0)
        {
            foreach (var s in document.Sentences) yield return (s.FirstToken, s.EndToken);
            yield break;
        }
        int start = 0;
        for (int i = 0; i < document.Tokens.Count; i++)
        {
            if (document.Tokens[i].Text is "." or "!" or "?" or "؟")
            {
                yield return (start, i + 1);
                start = i + 1;
            }
        }
        yield return (start, document.Tokens.Count);
    }
}
