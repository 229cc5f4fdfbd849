namespace Pipeline.Text;

/// <summary>A sentence: its span in the text and the half-open range of its tokens in <see cref="Document.Tokens"/>.</summary>
public sealed record Sentence(int Start, int End, int FirstToken, int EndToken)
{
    public TextSpan Span => new(Start, End);

    public int TokenCount => EndToken - FirstToken;
}

/// <summary>
/// A paired quotation: <see cref="Open"/> and <see cref="Close"/> are the marks themselves,
/// <see cref="Inner"/> the quoted text between them. <see cref="Depth"/> is 0 for outermost quotes.
/// </summary>
public sealed record Quotation(TextSpan Open, TextSpan Close, int Depth)
{
    public TextSpan Inner => new(Open.End, Close.Start);

    public TextSpan Outer => new(Open.Start, Close.End);
}
