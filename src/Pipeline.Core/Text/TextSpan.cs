namespace Pipeline.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units into the unchanged article text.
/// Every annotation in the pipeline carries one; nothing ever rewrites the text it points into.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    /// <summary>The text this span covers in <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, End - Start);

    public bool Contains(int position) => position >= Start && position < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The span with leading and trailing white space and the given punctuation removed.</summary>
    public TextSpan Trim(string text, string extra = "")
    {
        int s = Start, e = End;
        while (s < e && (char.IsWhiteSpace(text[s]) || extra.Contains(text[s]))) s++;
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || extra.Contains(text[e - 1]))) e--;
        return new TextSpan(s, e);
    }

    public override string ToString() => $"[{Start},{End})";
}
