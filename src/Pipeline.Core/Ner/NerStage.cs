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
        cancellationToken.ThrowIfCancellationRequested();
        var ranges = Ranges(document).Where(r => r.End > r.First).ToArray();
        // The whole article at once: a stacked model looks at the same name elsewhere in the story.
        var sentences = ranges.Select(r => (IReadOnlyList<string>)document.Tokens.GetRange(r.First, r.End - r.First).Select(t => t.Text).ToArray()).ToArray();
        var tagged = model.PredictDocument(sentences);
        for (int k = 0; k < ranges.Length; k++)
        {
            var (first, _) = ranges[k];
            foreach (var span in EntityScorer.Spans(tagged[k]).OrderBy(s => s.Start))
            {
                var start = document.Tokens[first + span.Start].Start;
                var stop = document.Tokens[first + span.End - 1].End;
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
