using Pipeline.Output;

namespace Pipeline.Evaluation;

/// <summary>
/// A gold claim as score.py sees it: its words already normalised. <see cref="Raw"/> keeps the printed
/// fields for the scorer's MISS lines.
/// </summary>
public sealed record GoldClaim(
    string Doc,
    string Type,
    IReadOnlyList<string> SpeakerWords,
    bool NeedsTarget,
    IReadOnlyList<string> TargetWords,
    IReadOnlyList<string> ContentWords,
    string Speaker,
    string? Target,
    string? Content,
    string? Cue = null);

/// <summary>
/// A predicted claim as score.py sees it. <see cref="Type"/> is null when the line has no string type;
/// <see cref="TypeKey"/> is the key score.py counts it under. <see cref="Index"/> is its position in the
/// input, so that a match can be traced back to the record.
/// </summary>
public sealed record PredClaim(
    string Doc,
    string? Type,
    string TypeKey,
    IReadOnlyList<string> SpeakerWords,
    IReadOnlyList<string> TargetWords,
    IReadOnlyList<string> ContentWords,
    int Index)
{
    /// <summary>The record the pipeline wrote, read the way score.py reads its JSON.</summary>
    public static PredClaim From(ClaimRecord r, int index) => new(
        DocOf(r.Article.Path, r.Article.Url, r.Article.Id),
        r.Type,
        r.Type,
        MentionWords(r.Speaker?.Text, r.Speaker?.Canonical),
        MentionWords(r.Target?.Text, r.Target?.Canonical),
        [.. ScoreWords.Words(r.Content?.Text), .. ScoreWords.Words(r.Quote?.Text)],
        index);

    /// <summary>score.py's <c>mention_words</c> for a mention object: its text's words, then its canonical name's.</summary>
    public static List<string> MentionWords(string? text, string? canonical) =>
        [.. ScoreWords.Words(text), .. string.IsNullOrEmpty(canonical) ? [] : ScoreWords.Words(canonical)];

    /// <summary>score.py's <c>doc_of</c>: the file name, up to its first dot, of the article's path, url or id (first non-empty).</summary>
    public static string DocOf(string? path, string? url, string? id)
    {
        var reference = !string.IsNullOrEmpty(path) ? path : !string.IsNullOrEmpty(url) ? url : id ?? "";
        reference = reference.TrimEnd('/');
        var name = reference[(reference.LastIndexOf('/') + 1)..];
        int dot = name.IndexOf('.');
        return dot < 0 ? name : name[..dot];
    }
}
