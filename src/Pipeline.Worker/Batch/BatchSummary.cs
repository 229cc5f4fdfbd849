namespace Pipeline.Worker.Batch;

/// <summary>What a batch run did, for the summary table and the exit code.</summary>
public sealed class BatchSummary
{
    public int Inputs { get; set; }
    public int Articles { get; set; }
    public int Skipped { get; set; }
    public int Rejects { get; set; }
    public int NeedsReview { get; set; }

    /// <summary>Articles written without looking for claims because they are not in Arabic.</summary>
    public int NotArabic { get; set; }
    public Dictionary<string, int> ClaimsByType { get; } = new(StringComparer.Ordinal);
    public TimeSpan Elapsed { get; set; }

    public int Claims => ClaimsByType.Values.Sum();

    /// <summary>0 when every input was processed, 2 when some were rejected, 1 when nothing could run.</summary>
    public int ExitCode => Articles == 0 && (Rejects > 0 || Inputs == 0) ? 1 : Rejects > 0 ? 2 : 0;
}
