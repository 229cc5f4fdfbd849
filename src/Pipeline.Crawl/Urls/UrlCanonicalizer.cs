using System.Text;

namespace Pipeline.Crawl.Urls;

/// <summary>
/// The one spelling of a URL under which the crawl state stores it, so that the same page reached
/// through a feed, a sitemap and a share link is fetched once: lower-case scheme and host, no
/// default port, no fragment, no tracking parameters, remaining query parameters sorted.
/// </summary>
public static class UrlCanonicalizer
{
    // Parameters that only say how a reader arrived (campaign and click ids); they never select content.
    private static readonly HashSet<string> TrackingNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid",
        "_ga", "_gl", "ref_src", "ref_url", "cmpid", "ocid", "spm", "at_medium", "at_campaign",
    };

    /// <summary>Returns the canonical form, or null when the text is not an absolute http(s) URL.</summary>
    public static string? Canonicalize(string url, Uri? baseUri = null)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        Uri? uri;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out uri) && (baseUri is null || !Uri.TryCreate(baseUri, url.Trim(), out uri)))
            return null;
        return Canonicalize(uri);
    }

    /// <summary>Returns the canonical form of an absolute URI, or null when it is not http(s).</summary>
    public static string? Canonicalize(Uri uri)
    {
        if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)) return null;
        var sb = new StringBuilder();
        sb.Append(uri.Scheme.ToLowerInvariant()).Append("://").Append(uri.IdnHost.ToLowerInvariant());
        if (uri.HostNameType == UriHostNameType.IPv6) { sb.Clear(); sb.Append(uri.Scheme).Append("://[").Append(uri.IdnHost.Trim('[', ']').ToLowerInvariant()).Append(']'); }
        if (!uri.IsDefaultPort) sb.Append(':').Append(uri.Port);
        string path = uri.AbsolutePath;
        sb.Append(path.Length == 0 ? "/" : path);
        string query = CleanQuery(uri.Query);
        if (query.Length > 0) sb.Append('?').Append(query);
        return sb.ToString();
    }

    /// <summary>True when a query parameter name carries tracking only (utm_* and the known click ids).</summary>
    public static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingNames.Contains(name);

    private static string CleanQuery(string query)
    {
        if (query.Length <= 1) return "";
        var kept = query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(Uri.UnescapeDataString(p.Split('=', 2)[0])))
            .OrderBy(p => p, StringComparer.Ordinal);
        return string.Join('&', kept);
    }
}
