using Pipeline.Read;

namespace Pipeline.Extract;

/// <summary>Settings of the read and extract stages (bound from <c>Pipeline:MaxInputBytes</c> by the worker).</summary>
public sealed record ExtractOptions
{
    /// <summary>Inputs larger than this many bytes are rejected before they are decoded or parsed (default 20 MB).</summary>
    public long MaxInputBytes { get; init; } = TextDecoder.DefaultMaxInputBytes;

    /// <summary>Body texts shorter than this many characters make JSON-LD <c>articleBody</c> the fallback, when it is longer.</summary>
    public int MinBodyChars { get; init; } = 250;
}
