using System.Text;
using Microsoft.Extensions.Logging;
using Pipeline.Crawl.Output;
using Pipeline.Output;

namespace Pipeline.Cluster.Output;

/// <summary>
/// Joins the silos' partitions of each day into the single-machine layout
/// (<c>out/DAY/{articles,claims,rejects}.jsonl</c>): every partition is repaired first (a killed
/// silo's partial line and orphan claims are cut), then articles are kept once by id, claims once by
/// id and only when their article is kept, rejects once by input. Partitions are read in name order,
/// so the result does not depend on which silo finished first. Re-running it gives the same files.
/// </summary>
public static class PartitionMerge
{
    public sealed record DayResult(string Day, int Partitions, int Articles, int Claims, int DuplicateArticles);

    public static List<DayResult> Merge(string root, ILogger log)
    {
        var results = new List<DayResult>();
        if (!Directory.Exists(root)) return results;
        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var prefixes = Directory.GetFiles(folder, "part-*.articles.jsonl").Select(Path.GetFileName)
                .Select(f => f![..^"articles.jsonl".Length]).Order(StringComparer.Ordinal).ToList();
            if (prefixes.Count == 0) continue;
            var articles = new Dictionary<string, string>(StringComparer.Ordinal);
            var claims = new Dictionary<string, string>(StringComparer.Ordinal);
            var rejects = new Dictionary<string, string>(StringComparer.Ordinal);
            int duplicates = 0;
            foreach (var prefix in prefixes)
            {
                foreach (var a in DayFiles.Repair(folder, log, prefix))
                    if (!articles.TryAdd(a.Id, Json.Line(a))) duplicates++;
                foreach (var line in Lines(Path.Combine(folder, prefix + "claims.jsonl")))
                    claims.TryAdd(Json.Parse<ClaimRecord>(line).Id, line);
                foreach (var line in Lines(Path.Combine(folder, prefix + "rejects.jsonl")))
                    rejects.TryAdd(Json.Parse<RejectRecord>(line).Input, line);
            }
            var kept = claims.Values.Where(l => articles.ContainsKey(Json.Parse<ClaimRecord>(l).Article.Id)).ToList();
            Write(Path.Combine(folder, "articles.jsonl"), articles.Values);
            Write(Path.Combine(folder, "claims.jsonl"), kept);
            Write(Path.Combine(folder, "rejects.jsonl"), rejects.Values);
            var day = new DayResult(Path.GetFileName(folder), prefixes.Count, articles.Count, kept.Count, duplicates);
            log.DayMerged(day.Day, day.Partitions, day.Articles, day.Claims, day.DuplicateArticles);
            results.Add(day);
        }
        return results;
    }

    private static IEnumerable<string> Lines(string path) =>
        File.Exists(path) ? File.ReadLines(path).Where(l => l.Length > 0) : [];

    /// <summary>Writes beside the target and renames, so a reader never sees half a merged file.</summary>
    private static void Write(string path, IEnumerable<string> lines)
    {
        string temp = path + ".tmp";
        File.WriteAllText(temp, string.Concat(lines.Select(l => l + "\n")), new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }
}
