namespace Pipeline.Quotes;

/// <summary>
/// How far a quotation may run before an unmatched mark is given up on: a stray mark must not swallow
/// the rest of the article. Real quotes in Arabic news run up to a few paragraphs of a statement.
/// </summary>
public sealed record QuoteLimits
{
    public static readonly QuoteLimits Default = new();

    /// <summary>Longest quotation, opening mark to closing mark, in UTF-16 code units.</summary>
    public int MaxChars { get; init; } = 1500;

    /// <summary>Most paragraphs a quotation may touch (1 = it must close in the paragraph it opened in).</summary>
    public int MaxParagraphs { get; init; } = 3;

    /// <summary>Throws when a limit is not positive, naming the setting to fix.</summary>
    public QuoteLimits Validate()
    {
        if (MaxChars < 1) throw new ArgumentOutOfRangeException(nameof(MaxChars), MaxChars, "QuoteLimits.MaxChars must be at least 1 (default 1500).");
        if (MaxParagraphs < 1) throw new ArgumentOutOfRangeException(nameof(MaxParagraphs), MaxParagraphs, "QuoteLimits.MaxParagraphs must be at least 1 (default 3).");
        return this;
    }
}
