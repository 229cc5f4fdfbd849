using System.Text.Json.Serialization;

namespace Pipeline.Output;

// The claims/1 and articles/1 records of shared/spec/claims.md, field for field. Property names are
// serialised in camelCase (all contract names are single lower-case words).

public sealed record ArticleRecord
{
    public string Schema { get; init; } = "articles/1";
    public required string Id { get; init; }
    public string? Path { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Published { get; init; }
    public string? Author { get; init; }
    public string? Site { get; init; }
    public required string Text { get; init; }
}

/// <summary>The article reference carried inside every claim.</summary>
public sealed record ArticleRef
{
    public required string Id { get; init; }
    public string? Path { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Published { get; init; }
}

public sealed record MentionRecord
{
    public required string Text { get; init; }
    public int? Start { get; init; }
    public int? End { get; init; }
    public string Kind { get; init; } = "OTHER";
    public string? Canonical { get; init; }
    public string? Country { get; init; }
}

public sealed record SpanRecord
{
    public required string Text { get; init; }
    public int? Start { get; init; }
    public int? End { get; init; }
}

public sealed record QuoteRecord
{
    public required string Text { get; init; }
    public int? Start { get; init; }
    public int? End { get; init; }
    public bool Direct { get; init; }
}

public sealed record CueRecord
{
    public required string Text { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public required string Lemma { get; init; }
}

public sealed record ClaimRecord
{
    public string Schema { get; init; } = "claims/1";
    public required string Id { get; init; }
    public required ArticleRef Article { get; init; }
    public required string Type { get; init; }
    public required string Cameo { get; init; }
    public required MentionRecord Speaker { get; init; }
    public MentionRecord? Target { get; init; }
    public SpanRecord? Content { get; init; }
    public QuoteRecord? Quote { get; init; }
    public required CueRecord Cue { get; init; }
    public required SpanRecord Sentence { get; init; }
    public double Confidence { get; init; }

    /// <summary>auto, needs_review, accepted, rejected or corrected.</summary>
    public required string Status { get; init; }

    public required string Model { get; init; }

    /// <summary>Reviewer's note, carried when a review decision was applied (not part of claims/1's required fields).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; init; }
}

/// <summary>One input the batch could not process: rejects.jsonl.</summary>
public sealed record RejectRecord
{
    public string Schema { get; init; } = "rejects/1";
    public required string Input { get; init; }
    public required string Stage { get; init; }
    public required string Reason { get; init; }
    public DateTimeOffset At { get; init; } = DateTimeOffset.UtcNow;
}

/// <summary>The contract's claim statuses.</summary>
public static class ClaimStatus
{
    public const string Auto = "auto";
    public const string NeedsReview = "needs_review";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string Corrected = "corrected";
}
