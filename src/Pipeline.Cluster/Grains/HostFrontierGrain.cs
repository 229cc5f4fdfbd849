using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Pipeline.Crawl.Options;
using Pipeline.Crawl.Robots;
using Pipeline.Crawl.State;

namespace Pipeline.Cluster.Grains;

/// <summary>
/// The host grain (key: the origin, <c>scheme://host:port</c>). Single-threaded by Orleans, so the
/// politeness rules hold cluster-wide without locks: at most Crawl:Politeness:PerHostConcurrency
/// leases whose response is not yet read, and each new request starts at least the host's delay
/// (MinDelay or robots.txt Crawl-delay) after the later of the previous start and the previous end.
/// A lease lasts Cluster:LeaseSeconds, and is freed at once when its silo is declared dead.
/// </summary>
public sealed class HostFrontierGrain(
    [PersistentState("frontier", ClusterHosting.Storage)] IPersistentState<HostFrontierState> store,
    IOptions<CrawlOptions> crawl, IOptions<CrawlClusterOptions> cluster, IClusterMembershipService membership,
    TimeProvider time, ILogger<HostFrontierGrain> log) : Grain, IHostFrontierGrain
{
    private const int PollMs = 50;

    // In memory only: requests whose response has not been reported yet (URL → when the slot is
    // given up on anyway), and when the last request started and ended.
    private readonly Dictionary<string, DateTime> _inFlight = new(StringComparer.Ordinal);
    private DateTime _lastStart = DateTime.MinValue, _lastEnd = DateTime.MinValue;
    private RobotsRules? _rules;

    private HostFrontierState S => store.State;
    private string Origin => this.GetPrimaryKeyString();
    private string RobotsUrl => Origin + "/robots.txt";
    private DateTime Now => time.GetUtcNow().UtcDateTime;
    private TimeSpan LeaseTime => TimeSpan.FromSeconds(cluster.Value.LeaseSeconds);
    private TimeSpan FetchHold => TimeSpan.FromMilliseconds(crawl.Value.Http.TotalTimeoutMilliseconds + 2000);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // After a move, any outstanding lease may still be fetching: its slot stays taken until it
        // reports or its fetch must have timed out, and the spacing counts from now.
        var now = Now;
        foreach (var url in S.Leases.Keys) _inFlight[url] = now + FetchHold;
        if (S.RobotsLease is not null) _inFlight[RobotsUrl] = now + FetchHold;
        _lastEnd = now;
        return base.OnActivateAsync(cancellationToken);
    }

    public async Task AddAsync(string pass, IReadOnlyList<FrontierLink> links)
    {
        bool changed = false;
        if (S.Pass != pass) { StartPass(pass); changed = true; }
        var known = new HashSet<string>(S.Pending.Select(l => l.Url), StringComparer.Ordinal);
        known.UnionWith(S.Leases.Keys);
        known.UnionWith(S.Done);
        foreach (var link in links)
            if (known.Add(link.Url)) { S.Pending.Add(link); changed = true; }
        if (changed) await store.WriteStateAsync();
    }

    public async Task<Grant> LeaseAsync(string pass, string silo)
    {
        if (S.Pass != pass) return new Grant(GrantKind.Finished);
        var now = Now;
        bool changed = ExpireLeases(now);
        try
        {
            if (RobotsFirst(silo, now) is { } robots) { changed = true; return robots; }
            while (S.Pending.Count > 0 && !Rules().IsAllowed(new Uri(S.Pending[0].Url).PathAndQuery))
            {
                S.Done.Add(S.Pending[0].Url); // skipped by robots.txt, never fetched
                S.Pending.RemoveAt(0);
                changed = true;
            }
            if (S.Pending.Count == 0) return S.Leases.Count == 0 ? new Grant(GrantKind.Finished) : Wait(4 * PollMs);
            if (SlotWait(now) is > 0 and var wait) return Wait(wait);
            var link = S.Pending[0];
            S.Pending.RemoveAt(0);
            S.Leases[link.Url] = new PageLease { Url = link.Url, Source = link.Source, Silo = silo, Expires = now + LeaseTime };
            Take(link.Url, now);
            changed = true;
            var v = S.Validators.GetValueOrDefault(link.Url);
            return new Grant(GrantKind.Page, link.Url, link.Source, v?.ETag, v?.LastModified, v?.ContentHash);
        }
        finally
        {
            if (changed) await store.WriteStateAsync();
        }
    }

    public async Task<Grant> LeaseSourceAsync(string pass, string silo, string url)
    {
        var now = Now;
        bool changed = ExpireLeases(now);
        if (S.Pass != pass) { StartPass(pass); changed = true; }
        try
        {
            if (RobotsFirst(silo, now) is { } robots) { changed = true; return robots; }
            if (!Rules().IsAllowed(new Uri(url).PathAndQuery)) return new Grant(GrantKind.Disallowed, url);
            if (SlotWait(now) is > 0 and var wait) return Wait(wait);
            Take(url, now); // in memory only: a source read holds the slot, not a lease on the frontier
            return new Grant(GrantKind.Page, url);
        }
        finally
        {
            if (changed) await store.WriteStateAsync();
        }
    }

    public Task FetchedAsync(string url)
    {
        Release(url);
        return Task.CompletedTask;
    }

    public async Task CompleteAsync(string url, PageOutcome outcome)
    {
        Release(url);
        S.Leases.Remove(url);
        S.Pending.RemoveAll(l => l.Url == url); // re-queued after an expiry, but its first holder finished after all
        S.Done.Add(url);
        if (PageStatus.IsHeld(outcome.Status))
        {
            var v = S.Validators.TryGetValue(url, out var old) ? old : S.Validators[url] = new PageValidators();
            v.ETag = outcome.ETag ?? v.ETag;
            v.LastModified = outcome.LastModified ?? v.LastModified;
            v.ContentHash = outcome.ContentHash ?? v.ContentHash;
        }
        await store.WriteStateAsync();
    }

    public async Task CompleteRobotsAsync(RobotsOutcome outcome)
    {
        Release(RobotsUrl);
        S.RobotsLease = null;
        S.RobotsKnown = true;
        // RFC 9309, as RobotsCache: 4xx (and a refused address) mean no rules; 5xx or unreachable disallow the host this pass.
        S.RobotsText = outcome.Body ?? "";
        S.RobotsDisallowAll = outcome.Body is null && !outcome.Refused && outcome.HttpStatus is not (>= 400 and < 500);
        _rules = null;
        log.RobotsSettled(Origin, S.RobotsDisallowAll ? "host disallowed this pass" : $"delay {Delay().TotalMilliseconds:0} ms");
        await store.WriteStateAsync();
    }

    public Task<FrontierStatus> StatusAsync() => Task.FromResult(new FrontierStatus(S.Pending.Count, S.Leases.Count, S.Done.Count, S.Pass));

    private void StartPass(string pass)
    {
        S.Pass = pass;
        S.Pending.Clear();
        S.Leases.Clear();
        S.Done.Clear();
        S.RobotsKnown = false;
        S.RobotsText = null;
        S.RobotsDisallowAll = false;
        S.RobotsLease = null;
        _rules = null;
    }

    /// <summary>Puts back the pages of expired leases and of silos the cluster has declared dead.</summary>
    private bool ExpireLeases(DateTime now)
    {
        bool changed = false;
        foreach (var lease in S.Leases.Values.ToList())
        {
            if (Why(lease, now) is not { } why) continue;
            log.LeaseExpired(lease.Url, lease.Silo, why);
            S.Leases.Remove(lease.Url);
            _inFlight.Remove(lease.Url);
            S.Pending.Insert(0, new FrontierLink(lease.Url, lease.Source));
            changed = true;
        }
        if (S.RobotsLease is { } robots && Why(robots, now) is { } reason)
        {
            log.LeaseExpired(robots.Url, robots.Silo, reason);
            S.RobotsLease = null;
            _inFlight.Remove(RobotsUrl);
            changed = true;
        }
        return changed;
    }

    private string? Why(PageLease lease, DateTime now)
    {
        if (lease.Expires <= now) return "expired";
        try
        {
            var status = membership.CurrentSnapshot.GetSiloStatus(SiloAddress.FromParsableString(lease.Silo));
            return status == SiloStatus.Dead ? "belongs to a dead silo" : null;
        }
        catch (FormatException) { return null; }
    }

    /// <summary>While robots.txt is unsettled: a wait, or the robots.txt lease (state changed); null once it is known.</summary>
    private Grant? RobotsFirst(string silo, DateTime now)
    {
        if (!crawl.Value.Politeness.RespectRobotsTxt || S.RobotsKnown) return null;
        if (S.RobotsLease is not null) return Wait(PollMs);
        if (SlotWait(now) is > 0 and var w) return Wait(w);
        S.RobotsLease = new PageLease { Url = RobotsUrl, Silo = silo, Expires = now + LeaseTime };
        Take(RobotsUrl, now);
        return new Grant(GrantKind.Robots, RobotsUrl);
    }

    /// <summary>Milliseconds until a request may start (0 = now).</summary>
    private int SlotWait(DateTime now)
    {
        foreach (var (url, until) in _inFlight.ToList())
            if (until <= now) _inFlight.Remove(url);
        // A busy slot frees when its response is reported, and the next request waits the delay after that.
        if (_inFlight.Count >= crawl.Value.Politeness.PerHostConcurrency) return Math.Max(PollMs / 2, (int)Delay().TotalMilliseconds);
        var next = (_lastEnd > _lastStart ? _lastEnd : _lastStart) + Delay();
        return next > now ? (int)Math.Ceiling((next - now).TotalMilliseconds) : 0;
    }

    private void Take(string url, DateTime now)
    {
        _inFlight[url] = now + FetchHold;
        _lastStart = now;
    }

    private void Release(string url)
    {
        if (_inFlight.Remove(url)) _lastEnd = Now;
    }

    private TimeSpan Delay()
    {
        var p = crawl.Value.Politeness;
        var min = TimeSpan.FromMilliseconds(p.MinDelayMilliseconds);
        var cap = TimeSpan.FromMilliseconds(p.MaxCrawlDelayMilliseconds);
        var robots = Rules().CrawlDelay ?? TimeSpan.Zero;
        if (robots > cap) robots = cap;
        return robots > min ? robots : min;
    }

    private RobotsRules Rules() => _rules ??=
        !crawl.Value.Politeness.RespectRobotsTxt || !S.RobotsKnown ? RobotsRules.AllowAll
        : S.RobotsDisallowAll ? RobotsRules.DisallowAll
        : string.IsNullOrEmpty(S.RobotsText) ? RobotsRules.AllowAll
        : RobotsRules.Parse(S.RobotsText, crawl.Value.UserAgent);

    private static Grant Wait(int ms) => new(GrantKind.Wait, WaitMilliseconds: Math.Max(1, ms));
}
