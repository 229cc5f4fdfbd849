using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Pipeline.Output;
using Pipeline.Processing;
using Pipeline.Read;
using Pipeline.Worker.Logging;

namespace Pipeline.Worker.Batch;

/// <summary>
/// The batch job behind <c>extract</c>: reads every input, runs it through the article processor and
/// writes articles.jsonl, claims.jsonl and rejects.jsonl atomically (a failed or killed run leaves
/// the previous outputs as they were). One failed article is a reject, never the end of the run.
/// </summary>
public sealed class BatchRunner(ArticleProcessor processor, IClaimDecisions decisions, ILogger<BatchRunner> logger, long maxInputBytes)
{
    public const string ArticlesFile = "articles.jsonl";
    public const string ClaimsFile = "claims.jsonl";
    public const string RejectsFile = "rejects.jsonl";

    /// <summary>Runs the batch; <paramref name="progress"/> is told after each input (done, total).</summary>
    public BatchSummary Run(IReadOnlyList<InputFile> inputs, string outDir, Action<int, int>? progress, CancellationToken cancellationToken)
    {
        var summary = new BatchSummary { Inputs = inputs.Count(i => i.SkipReason is null) };
        var clock = Stopwatch.StartNew();
        logger.BatchStarted(summary.Inputs, outDir);
        using var files = new AtomicJsonlFiles(outDir, ArticlesFile, ClaimsFile, RejectsFile);
        using var applier = decisions.ForOutput(outDir);
        int done = 0;
        var lastLog = Stopwatch.StartNew();
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (input.SkipReason is not null)
            {
                logger.InputSkipped(input.Path, input.SkipReason);
                summary.Skipped++;
                if (input.Missing) Reject(files, summary, input.Path, "read", input.SkipReason);
                continue;
            }
            try
            {
                var result = processor.Process(Read(input.Path), cancellationToken);
                files.WriteLine(ArticlesFile, Json.Line(result.Article));
                foreach (var claim in applier.Apply(result.Article, result.Claims))
                {
                    files.WriteLine(ClaimsFile, Json.Line(claim));
                    summary.ClaimsByType[claim.Type] = summary.ClaimsByType.GetValueOrDefault(claim.Type) + 1;
                    if (claim.Status == ClaimStatus.NeedsReview) summary.NeedsReview++;
                }
                summary.Articles++;
            }
            catch (ArticleRejectedException ex)
            {
                Reject(files, summary, input.Path, ex.Stage, ex.Reason);
            }
            files.Flush();
            done++;
            progress?.Invoke(done, summary.Inputs);
            if (progress is null && (done % 200 == 0 || lastLog.Elapsed.TotalSeconds >= 10))
            {
                logger.BatchProgress(done, summary.Inputs, summary.Claims, summary.Rejects);
                lastLog.Restart();
            }
        }
        files.Commit();
        summary.Elapsed = clock.Elapsed;
        if (applier.Applied > 0) logger.ReviewsApplied(applier.Applied, applier.Source);
        logger.BatchFinished(summary.Articles, summary.Claims, summary.Rejects, summary.Elapsed.TotalSeconds, outDir);
        return summary;
    }

    /// <summary>Reads an input file, refusing oversized ones before reading them.</summary>
    private RawInput Read(string path)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxInputBytes)
                throw new ArticleRejectedException("read", $"the file is {length / 1048576.0:F1} MB, over the {maxInputBytes / 1048576.0:F0} MB limit (Pipeline:MaxInputBytes); split it or raise the limit");
            return new RawInput(path, null, File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ArticleRejectedException("read", $"the file cannot be read ({ex.Message}); check that it exists and is readable", ex);
        }
    }

    private void Reject(AtomicJsonlFiles files, BatchSummary summary, string path, string stage, string reason)
    {
        logger.InputRejected(path, stage, reason);
        files.WriteLine(RejectsFile, Json.Line(new RejectRecord { Input = path, Stage = stage, Reason = reason }));
        summary.Rejects++;
    }
}
