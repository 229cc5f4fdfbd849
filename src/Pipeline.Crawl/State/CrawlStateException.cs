namespace Pipeline.Crawl.State;

/// <summary>
/// The configured crawl state cannot be opened (the PostgreSQL server is unreachable, refuses the
/// login, or the connection string is wrong). The message names Crawl:Output:StatePath and the fix;
/// the crawl and worker verbs report it at start instead of running a pass.
/// </summary>
public sealed class CrawlStateException(string message, Exception? inner = null) : Exception(message, inner);
