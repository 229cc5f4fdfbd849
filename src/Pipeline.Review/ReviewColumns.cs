namespace Pipeline.Review;

/// <summary>
/// The review sheet's columns, in export order: what the reviewer reads, then the empty columns the
/// reviewer fills. Import matches them by name, case-insensitively, so a reviewer may reorder
/// columns or add their own.
/// </summary>
public static class ReviewColumns
{
    public const string Id = "id";
    public const string ArticleTitle = "article_title";
    public const string Article = "article";
    public const string Sentence = "sentence";
    public const string Type = "type";
    public const string Speaker = "speaker";
    public const string Target = "target";
    public const string Content = "content";
    public const string Quote = "quote";
    public const string Confidence = "confidence";

    public const string Decision = "decision";
    public const string FixedType = "fixed_type";
    public const string FixedSpeaker = "fixed_speaker";
    public const string FixedTarget = "fixed_target";
    public const string FixedContent = "fixed_content";
    public const string Note = "note";
    public const string Reviewer = "reviewer";

    /// <summary>Every column of an exported sheet, in order.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Id, ArticleTitle, Article, Sentence, Type, Speaker, Target, Content, Quote, Confidence,
        Decision, FixedType, FixedSpeaker, FixedTarget, FixedContent, Note, Reviewer,
    ];

    /// <summary>Columns an imported sheet must have; the others may be missing.</summary>
    public static readonly IReadOnlyList<string> Required = [Id, Decision];
}
