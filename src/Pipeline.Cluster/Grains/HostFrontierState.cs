namespace Pipeline.Cluster.Grains;

/// <summary>
/// The persisted state of a host grain (ADO.NET storage "crawl"). Written on every lease and
/// completion, so a grain that moves to another silo after a crash resumes with the same frontier,
/// the same outstanding leases (which then expire or are freed when their silo is declared dead)
/// and the same validators.
/// </summary>
[GenerateSerializer]
public sealed class HostFrontierState
{
    [Id(0)] public string Pass { get; set; } = "";
    [Id(1)] public List<FrontierLink> Pending { get; set; } = [];
    [Id(2)] public Dictionary<string, PageLease> Leases { get; set; } = new(StringComparer.Ordinal);
    [Id(3)] public HashSet<string> Done { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Conditional-GET validators by canonical URL; kept across passes.</summary>
    [Id(4)] public Dictionary<string, PageValidators> Validators { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Whether robots.txt has been settled this pass, and what it said.</summary>
    [Id(5)] public bool RobotsKnown { get; set; }
    [Id(6)] public string? RobotsText { get; set; }
    [Id(7)] public bool RobotsDisallowAll { get; set; }

    /// <summary>The silo fetching robots.txt, and until when (null when nobody is).</summary>
    [Id(8)] public PageLease? RobotsLease { get; set; }
}

/// <summary>A URL leased to a silo until <see cref="Expires"/>.</summary>
[GenerateSerializer]
public sealed class PageLease
{
    [Id(0)] public string Url { get; set; } = "";
    [Id(1)] public string Source { get; set; } = "";
    [Id(2)] public string Silo { get; set; } = "";
    [Id(3)] public DateTime Expires { get; set; }
}

[GenerateSerializer]
public sealed class PageValidators
{
    [Id(0)] public string? ETag { get; set; }
    [Id(1)] public string? LastModified { get; set; }
    [Id(2)] public string? ContentHash { get; set; }
}
