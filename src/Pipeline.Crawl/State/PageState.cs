namespace Pipeline.Crawl.State;

/// <summary>What the state remembers about one canonical URL.</summary>
public sealed record PageState(string Url, string? ETag, string? LastModified, string? ContentHash, string? Status, int Failures, string? ArticleId);

/// <summary>The outcomes a page row records; the first five mean "we hold this page", so its validators are sent.</summary>
public static class PageStatus
{
    public const string Written = "written", Duplicate = "duplicate", Rejected = "rejected", Unchanged = "unchanged", NotModified = "not-modified";
    public const string Robots = "robots", Refused = "refused", Skipped = "skipped", Failed = "failed", TooLarge = "too-large";

    /// <summary>Cluster only: the page redirected, and its target was queued on the target host's grain.</summary>
    public const string Redirected = "redirected";

    /// <summary>True when an earlier fetch of the page succeeded, so a conditional GET makes sense.</summary>
    public static bool IsHeld(string? status) => status is Written or Duplicate or Rejected or Unchanged or NotModified;
}

/// <summary>A written article, as the duplicate index needs it.</summary>
public sealed record ArticleState(string Id, string TextHash, ulong SimHash, ulong[] MinHash);
