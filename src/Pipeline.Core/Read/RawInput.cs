namespace Pipeline.Read;

/// <summary>
/// The bytes of one input as they arrived: a file (<see cref="Path"/>) or a fetched page
/// (<see cref="Url"/>, with the HTTP <see cref="ContentType"/> header when there was one).
/// </summary>
public sealed record RawInput(string? Path, string? Url, byte[] Bytes, string? ContentType = null)
{
    /// <summary>The file path or URL, for messages and reject records.</summary>
    public string Name => Path ?? Url ?? "(input)";
}

/// <summary>
/// Thrown by a stage when an input cannot be processed (empty, binary, undecodable, oversized,
/// no main text). The batch records it in rejects.jsonl and goes on with the next input.
/// </summary>
public sealed class ArticleRejectedException(string stage, string reason, Exception? inner = null)
    : Exception($"{stage}: {reason}", inner)
{
    /// <summary>The stage that refused the input (read, extract, …).</summary>
    public string Stage { get; } = stage;

    /// <summary>What was wrong and what to do about it.</summary>
    public string Reason { get; } = reason;
}
