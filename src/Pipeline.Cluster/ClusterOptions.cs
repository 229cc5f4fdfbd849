using System.ComponentModel.DataAnnotations;

namespace Pipeline.Cluster;

/// <summary>How the silos find each other: in memory on one machine, or through a PostgreSQL membership table.</summary>
public enum ClusteringKind
{
    /// <summary>Development: every silo on this machine, the first one (PrimarySiloPort) acting as the seed; grain state in memory.</summary>
    Localhost,

    /// <summary>Production: membership and grain state in a database through the Orleans ADO.NET providers.</summary>
    AdoNet,
}

/// <summary>
/// The <c>Cluster</c> section of crawl.json (or PIPELINE_Cluster__* variables): what turns the worker
/// into an Orleans silo. Every key is documented in docs/cluster.md; unknown keys fail at start.
/// </summary>
public sealed class CrawlClusterOptions
{
    public const string Section = "Cluster";

    /// <summary>Run the worker as a silo (the same as <c>worker --cluster</c>).</summary>
    public bool Enabled { get; set; }

    public ClusteringKind Clustering { get; set; } = ClusteringKind.Localhost;

    /// <summary>ADO.NET connection string of the membership and grain-state database (AdoNet clustering).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>ADO.NET provider invariant; Npgsql is the one shipped and tested.</summary>
    [Required] public string Invariant { get; set; } = "Npgsql";

    /// <summary>Silos with the same ClusterId form one cluster; a second crawl needs another id or another database.</summary>
    [Required] public string ClusterId { get; set; } = "pipeline-crawl";

    /// <summary>Names the stored grain state; keep it when redeploying so frontiers and validators carry over.</summary>
    [Required] public string ServiceId { get; set; } = "pipeline-crawl";

    /// <summary>Names this silo's output partition (<c>part-NAME.*.jsonl</c>); empty = host name and silo port.</summary>
    public string? SiloName { get; set; }

    /// <summary>Address other silos reach this one at.</summary>
    [Required] public string AdvertisedAddress { get; set; } = "127.0.0.1";

    [Range(1, 65535)] public int SiloPort { get; set; } = 11111;
    [Range(1, 65535)] public int GatewayPort { get; set; } = 30000;

    /// <summary>Localhost clustering only: the silo port of the seed silo every other silo joins.</summary>
    [Range(1, 65535)] public int PrimarySiloPort { get; set; } = 11111;

    /// <summary>Crawl loops per host on each silo: with two, one page is extracted while the next is fetched (the host grain still enforces politeness).</summary>
    [Range(1, 16)] public int LoopsPerHost { get; set; } = 2;

    /// <summary>How long a silo may hold a page before the host grain gives it to another silo (a dead silo's pages are freed as soon as it is declared dead).</summary>
    [Range(1, 3600)] public int LeaseSeconds { get; set; } = 120;

    /// <summary>Time allowed to one grain call; also bounds how long reading the sources may take.</summary>
    [Range(1, 3600)] public int ResponseTimeoutSeconds { get; set; } = 120;

    public MembershipTuning Membership { get; set; } = new();
}

/// <summary>Cluster.Membership: failure detection (Orleans ClusterMembershipOptions); smaller values notice a dead silo sooner.</summary>
public sealed class MembershipTuning
{
    [Range(100, 600_000)] public int ProbeTimeoutMilliseconds { get; set; } = 5000;
    [Range(1, 10)] public int NumMissedProbesLimit { get; set; } = 3;
    [Range(1, 10)] public int NumVotesForDeathDeclaration { get; set; } = 2;
    [Range(100, 600_000)] public int TableRefreshTimeoutMilliseconds { get; set; } = 60_000;
    [Range(100, 3_600_000)] public int IAmAliveTablePublishTimeoutMilliseconds { get; set; } = 300_000;
    [Range(1, 100_000)] public int DefunctSiloExpirationMinutes { get; set; } = 10_080;
}
