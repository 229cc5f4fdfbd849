using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Pipeline.Crawl.Options;

namespace Pipeline.Crawl.Http;

/// <summary>Thrown when a URL's host resolves only to addresses the crawler must not reach (SSRF guard).</summary>
public sealed class AddressRefusedException(string host, string reason)
    : Exception($"refused to connect to {host}: {reason}; add the host or its range to Crawl:AllowedPrivateHosts if it is yours")
{
    public string Host { get; } = host;
}

/// <summary>
/// Decides which resolved addresses may be connected to. Loopback, private (RFC 1918, IPv6 ULA),
/// link-local (169.254/16 — cloud metadata — and fe80::/10), multicast, unspecified and CGNAT
/// addresses are refused unless the host name or a range is listed in Crawl:AllowedPrivateHosts.
/// Used by the connect callback, i.e. after DNS resolution, so a public name pointing inward is caught too.
/// </summary>
public sealed class AddressGuard
{
    private static readonly IPNetwork[] Refused =
    [
        IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("100.64.0.0/10"),
        IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.0.0.0/24"), IPNetwork.Parse("192.168.0.0/16"), IPNetwork.Parse("198.18.0.0/15"),
        IPNetwork.Parse("224.0.0.0/4"), IPNetwork.Parse("240.0.0.0/4"),
        IPNetwork.Parse("::/128"), IPNetwork.Parse("::1/128"), IPNetwork.Parse("fc00::/7"),
        IPNetwork.Parse("fe80::/10"), IPNetwork.Parse("ff00::/8"),
    ];

    private readonly HashSet<string> _allowedHosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<IPNetwork> _allowedRanges = [];

    public AddressGuard(IOptions<CrawlOptions> options)
    {
        foreach (var entry in options.Value.AllowedPrivateHosts)
        {
            if (entry.Contains('/')) _allowedRanges.Add(IPNetwork.Parse(entry));
            else if (IPAddress.TryParse(entry, out var ip)) _allowedRanges.Add(new IPNetwork(ip, ip.AddressFamily == AddressFamily.InterNetwork ? 32 : 128));
            else _allowedHosts.Add(entry);
        }
    }

    /// <summary>True when the host name itself is listed as allowed.</summary>
    public bool IsHostAllowed(string host) => _allowedHosts.Contains(host);

    /// <summary>True when the address is public or inside an allowed range.</summary>
    public bool IsAddressAllowed(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        foreach (var r in _allowedRanges) if (r.Contains(address)) return true;
        foreach (var r in Refused) if (r.Contains(address)) return false;
        return true;
    }

    /// <summary>Checks a URL whose host is an IP literal before any request is made; null when fine.</summary>
    public string? CheckLiteral(Uri uri)
    {
        if (uri.HostNameType is not (UriHostNameType.IPv4 or UriHostNameType.IPv6)) return null;
        var ip = IPAddress.Parse(uri.IdnHost.Trim('[', ']'));
        return IsAddressAllowed(ip) ? null : $"{ip} is a loopback, private, link-local or multicast address";
    }

    /// <summary>The addresses of a host that may be connected to; throws when none may.</summary>
    public async Task<IPAddress[]> ResolveAllowedAsync(string host, CancellationToken cancellationToken)
    {
        var all = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (IsHostAllowed(host)) return all;
        var allowed = all.Where(IsAddressAllowed).ToArray();
        if (allowed.Length == 0)
            throw new AddressRefusedException(host, $"it resolves to {string.Join(", ", all.Select(a => a.ToString()))}, which are not public addresses");
        return allowed;
    }

    /// <summary>SocketsHttpHandler.ConnectCallback: connects only to allowed addresses.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await ResolveAllowedAsync(context.DnsEndPoint.Host, cancellationToken);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
