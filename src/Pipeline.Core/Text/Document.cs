using Pipeline.Normalise;

namespace Pipeline.Text;

/// <summary>
/// One article on its way through the pipeline. <see cref="Text"/> is fixed at construction; every
/// stage adds annotations (tokens, sentences, quotations, mentions, claims) that point into it.
/// </summary>
public sealed class Document
{
    public Document(string id, string text, ArticleMeta meta)
    {
        Id = id;
        Text = text;
        Meta = meta;
    }

    /// <summary>Stable article id: a hash of the text (see <c>StableIds</c>).</summary>
    public string Id { get; }

    public string Text { get; }

    public ArticleMeta Meta { get; }

    /// <summary>
    /// The normalised matching view of the whole text with its map back to the original, made on first use.
    /// The analysis stages do not need it (the tokenizer normalises each word once per thread), so an
    /// article that nobody asks it of does not pay for it.
    /// </summary>
    public NormalizedText Normalized => _normalized ??= NormalizedText.Create(Text);

    private NormalizedText? _normalized;

    public List<Token> Tokens { get; } = new();

    public List<Sentence> Sentences { get; } = new();

    public List<Quotation> Quotations { get; } = new();

    public List<Mention> Mentions { get; } = new();

    public List<Claim> Claims { get; } = new();

    /// <summary>Set by the claim stage: claims are looked for only in Arabic articles (<see cref="ArticleLanguage"/>).</summary>
    public TextLanguage Language { get; set; }

    public string Slice(TextSpan span) => span.Of(Text);
}
