namespace Pipeline.Cluster.Grains;

/// <summary>An article link handed to a host grain: its canonical URL and the source that listed it.</summary>
[GenerateSerializer, Immutable]
public sealed record FrontierLink([property: Id(0)] string Url, [property: Id(1)] string Source);

/// <summary>What a host grain tells a silo that asks for work.</summary>
public enum GrantKind
{
    /// <summary>Fetch <see cref="Grant.Url"/> now (a page, or the host's robots.txt).</summary>
    Page,
    Robots,

    /// <summary>Nothing may start yet (politeness, or pages leased to others); ask again after <see cref="Grant.WaitMilliseconds"/>.</summary>
    Wait,

    /// <summary>Every page of the host is done for this pass.</summary>
    Finished,

    /// <summary>robots.txt disallows the source URL asked for (<see cref="IHostFrontierGrain.LeaseSourceAsync"/>).</summary>
    Disallowed,
}

/// <summary>A lease on one URL of a host, with the validators for a conditional GET.</summary>
[GenerateSerializer, Immutable]
public sealed record Grant(
    [property: Id(0)] GrantKind Kind,
    [property: Id(1)] string? Url = null,
    [property: Id(2)] string? Source = null,
    [property: Id(3)] string? ETag = null,
    [property: Id(4)] string? LastModified = null,
    [property: Id(5)] string? ContentHash = null,
    [property: Id(6)] int WaitMilliseconds = 0);

/// <summary>How a leased page ended; the validators are kept for the next pass's conditional GET.</summary>
[GenerateSerializer, Immutable]
public sealed record PageOutcome(
    [property: Id(0)] string Status,
    [property: Id(1)] string? ETag = null,
    [property: Id(2)] string? LastModified = null,
    [property: Id(3)] string? ContentHash = null);

/// <summary>What fetching robots.txt gave: the body when it was read, else the HTTP status or failure kind.</summary>
[GenerateSerializer, Immutable]
public sealed record RobotsOutcome([property: Id(0)] string? Body, [property: Id(1)] int HttpStatus, [property: Id(2)] bool Refused)
{
    public static RobotsOutcome From(Pipeline.Crawl.Http.FetchResult r) =>
        new(r.Status == Pipeline.Crawl.Http.FetchStatus.Ok ? System.Text.Encoding.UTF8.GetString(r.Body!) : null, r.HttpStatus, r.Status == Pipeline.Crawl.Http.FetchStatus.Refused);

    /// <summary>5xx or unreachable: the host is disallowed this pass (RFC 9309).</summary>
    public bool Unavailable => Body is null && HttpStatus is not (>= 400 and < 500) && !Refused;
}

/// <summary>A host grain's counters, for logs and tests.</summary>
[GenerateSerializer, Immutable]
public sealed record FrontierStatus([property: Id(0)] int Pending, [property: Id(1)] int Leased, [property: Id(2)] int Done, [property: Id(3)] string Pass);

/// <summary>
/// The frontier of one news host (grain key: the URL authority, <c>host:port</c>). It owns the host's
/// pending pages, their leases, robots.txt, the politeness spacing and the conditional-GET
/// validators, so the host is treated politely however many silos crawl it.
/// </summary>
public interface IHostFrontierGrain : IGrainWithStringKey
{
    /// <summary>Adds a pass's links (a new pass id starts a new pass; known links are ignored).</summary>
    Task AddAsync(string pass, IReadOnlyList<FrontierLink> links);

    /// <summary>Asks for work on behalf of <paramref name="silo"/> (its parsable SiloAddress).</summary>
    Task<Grant> LeaseAsync(string pass, string silo);

    /// <summary>
    /// Asks for the host's request slot to read a feed, sitemap or URL list at <paramref name="url"/>
    /// (starting <paramref name="pass"/> on the grain if it is new): robots.txt first, then
    /// <see cref="GrantKind.Disallowed"/>, a wait, or a page grant whose slot <see cref="FetchedAsync"/> frees.
    /// </summary>
    Task<Grant> LeaseSourceAsync(string pass, string silo, string url);

    /// <summary>The response of a leased fetch has been read: the host's request slot is free again.</summary>
    Task FetchedAsync(string url);

    /// <summary>The page's output is durably written (or it failed for good): the URL is done for this pass.</summary>
    Task CompleteAsync(string url, PageOutcome outcome);

    /// <summary>robots.txt was fetched (or failed); the grain applies RFC 9309 and its Crawl-delay.</summary>
    Task CompleteRobotsAsync(RobotsOutcome outcome);

    Task<FrontierStatus> StatusAsync();
}

/// <summary>
/// One per cluster (key <c>crawl</c>): the first silo to start a pass reads the sources and hands the
/// links to the host grains; every silo gets the same host list back.
/// </summary>
public interface ICrawlCoordinatorGrain : IGrainWithStringKey
{
    Task<IReadOnlyList<string>> BeginAsync(string pass);

    /// <summary>Adds a host found during the pass (a redirect target); false when the pass already had it.</summary>
    Task<bool> AddHostAsync(string pass, string host);
}
