namespace Pipeline.Text;

/// <summary>What the extract stage learned about an article besides its text.</summary>
public sealed record ArticleMeta
{
    /// <summary>The input file as given on the command line, or null for crawled pages.</summary>
    public string? Path { get; init; }

    /// <summary>The page address, or null.</summary>
    public string? Url { get; init; }

    public string? Title { get; init; }

    /// <summary>Publication date as ISO 8601 (yyyy-MM-dd or a full timestamp), or null.</summary>
    public string? Published { get; init; }

    public string? Author { get; init; }

    public string? Site { get; init; }

    /// <summary>Bytes of the input that were not valid text and became U+FFFD (0 for a clean input); logged as a warning.</summary>
    public int ReplacedBytes { get; init; }
}
