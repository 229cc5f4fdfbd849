using System.ComponentModel.DataAnnotations;

namespace Pipeline.Crawl.Options;

/// <summary>What kind of document a source URL returns.</summary>
public enum SourceKind
{
    /// <summary>RSS 2.0 or Atom 1.0 feed: item/entry links.</summary>
    Feed,

    /// <summary>XML sitemap, Google News sitemap or sitemap index (followed one level per index).</summary>
    Sitemap,

    /// <summary>Plain text, one absolute URL per line; '#' starts a comment.</summary>
    UrlList,
}

/// <summary>One entry of Crawl.Sources.</summary>
public sealed class SourceOptions
{
    /// <summary>Short name used in logs and the pass summary; defaults to the URL's host.</summary>
    public string? Name { get; set; }

    [Required] public SourceKind Kind { get; set; } = SourceKind.Feed;

    /// <summary>Absolute http(s) URL of the feed, sitemap or list.</summary>
    [Required] public string Url { get; set; } = "";

    /// <summary>Overrides Crawl.MaxArticlesPerSource for this source.</summary>
    [Range(1, 100_000)] public int? MaxArticles { get; set; }

    public string DisplayName => string.IsNullOrWhiteSpace(Name)
        ? (Uri.TryCreate(Url, UriKind.Absolute, out var u) ? u.Authority : Url)
        : Name;
}
