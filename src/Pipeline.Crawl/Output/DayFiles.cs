using System.Text;
using Microsoft.Extensions.Logging;
using Pipeline.Output;

namespace Pipeline.Crawl.Output;

/// <summary>
/// The three append-only JSONL files of one day (<c>out/YYYY-MM-DD/</c>). Opening repairs them
/// (<see cref="JsonlRepair"/>) and reads back the articles already there. Every append is one write
/// followed by a flush to disk, so a kill leaves at most one partial line, which the next open cuts.
/// </summary>
public sealed class DayFiles : IDisposable
{
    private readonly FileStream _articles, _claims, _rejects;
    private readonly HashSet<string> _rejected;

    private readonly string _prefix;

    private DayFiles(string day, string folder, List<ArticleRecord> existing, string prefix)
    {
        Day = day;
        Folder = folder;
        Existing = existing;
        _prefix = prefix;
        string rejects = Path.Combine(folder, prefix + "rejects.jsonl");
        _rejected = File.Exists(rejects)
            ? File.ReadLines(rejects).Where(l => l.Length > 0).Select(l => Json.Parse<RejectRecord>(l).Input).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
        _claims = Append("claims.jsonl");
        _articles = Append("articles.jsonl");
        _rejects = Append("rejects.jsonl");
    }

    public string Day { get; }
    public string Folder { get; }

    /// <summary>The article records already in articles.jsonl when the day was opened.</summary>
    public IReadOnlyList<ArticleRecord> Existing { get; }

    /// <summary>
    /// The day folder (<c>YYYY-MM-DD</c>) an article written at <paramref name="now"/> belongs to:
    /// the date in Crawl:Output:DayTimeZone, or the schedule's time zone when that is empty.
    /// </summary>
    public static string DayOf(Options.CrawlOptions options, DateTimeOffset now)
    {
        string zone = string.IsNullOrEmpty(options.Output.DayTimeZone) ? options.Schedule.TimeZone : options.Output.DayTimeZone;
        return TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(zone)).ToString("yyyy-MM-dd");
    }

    /// <summary>
    /// Repairs and reads a day's files, then opens them for appending. A cluster silo passes a
    /// <paramref name="prefix"/> (<c>part-NAME.</c>) so that each silo appends to its own partition.
    /// </summary>
    public static DayFiles Open(string root, string day, ILogger log, string prefix = "")
    {
        string folder = Path.Combine(root, day);
        Directory.CreateDirectory(folder);
        var existing = Repair(folder, log, prefix);
        return new DayFiles(day, folder, existing, prefix);
    }

    /// <summary>Repairs a day folder (the files named with <paramref name="prefix"/>) and returns its complete article records.</summary>
    public static List<ArticleRecord> Repair(string folder, ILogger log, string prefix = "")
    {
        string articles = Path.Combine(folder, prefix + "articles.jsonl");
        Report(log, articles, JsonlRepair.TruncatePartialLine(articles));
        Report(log, Path.Combine(folder, prefix + "rejects.jsonl"), JsonlRepair.TruncatePartialLine(Path.Combine(folder, prefix + "rejects.jsonl")));
        var records = File.Exists(articles)
            ? File.ReadLines(articles).Where(l => l.Length > 0).Select(Json.Parse<ArticleRecord>).ToList()
            : [];
        var ids = records.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        string claims = Path.Combine(folder, prefix + "claims.jsonl");
        Report(log, claims, JsonlRepair.DropOrphanClaims(claims, ids));
        return records;
    }

    /// <summary>Writes an article's claims, then the article line that commits them.</summary>
    public void WriteArticle(ArticleRecord article, IEnumerable<ClaimRecord> claims)
    {
        var sb = new StringBuilder();
        foreach (var claim in claims) sb.Append(Json.Line(claim)).Append('\n');
        if (sb.Length > 0) Write(_claims, sb.ToString());
        Write(_articles, Json.Line(article) + "\n");
    }

    /// <summary>Appends a reject unless the same input was already rejected today (a rerun after a kill).</summary>
    public void WriteReject(RejectRecord reject)
    {
        if (_rejected.Add(reject.Input)) Write(_rejects, Json.Line(reject) + "\n");
    }

    public void Dispose()
    {
        _articles.Dispose();
        _claims.Dispose();
        _rejects.Dispose();
    }

    private FileStream Append(string name) =>
        new(Path.Combine(Folder, _prefix + name), FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0);

    private static void Write(FileStream fs, string text)
    {
        fs.Write(new UTF8Encoding(false).GetBytes(text));
        fs.Flush(flushToDisk: true);
    }

    private static void Report(ILogger log, string file, long removed)
    {
        if (removed > 0) log.OutputRepaired(file, removed);
    }
}
