namespace Pipeline.Text;

/// <summary>Mention kinds of the claims/1 contract.</summary>
public enum MentionKind
{
    PERSON,
    ORG,
    GPE,
    GROUP,
    OTHER,
}

/// <summary>
/// A possible speaker or target: a named or described actor in the text. <see cref="Canonical"/> is the
/// actor's normalised name when a gazetteer knows it; <see cref="Country"/> an ISO 3166-1 alpha-3 code
/// when the actor belongs to a state. <see cref="Source"/> says which finder produced it (for features).
/// </summary>
public sealed record Mention(int Start, int End, string Text, MentionKind Kind, string? Canonical, string? Country, string Source)
{
    public TextSpan Span => new(Start, End);
}
