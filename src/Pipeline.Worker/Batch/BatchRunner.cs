using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Pipeline.Output;
using Pipeline.Processing;
using Pipeline.Read;
using Pipeline.Text;
using Pipeline.Worker.Logging;

namespace Pipeline.Worker.Batch;

/// <summary>
/// The batch job behind <c>extract</c>: reads every input, runs it through the article processor and
/// writes articles.jsonl, claims.jsonl and rejects.jsonl atomically (a failed or killed run leaves
/// the previous outputs as they were). One failed article is a reject, never the end of the run.
/// <para>
/// Inputs flow through <see cref="OrderedPipeline"/>: one reader thread reads the files, <see cref="Threads"/>
/// workers analyse them, and one writer writes the records in input order, so the outputs are the same,
/// byte for byte, whatever the number of threads. The input list holds paths only (about 200 bytes an
/// input, 20 MB for 100,000 files); file contents and results live only inside the pipeline's window.
/// </para>
/// </summary>
public sealed class BatchRunner(ArticleProcessor processor, IClaimDecisions decisions, ILogger<BatchRunner> logger, long maxInputBytes, int threads = 1)
{
    public const string ArticlesFile = "articles.jsonl";
    public const string ClaimsFile = "claims.jsonl";
    public const string RejectsFile = "rejects.jsonl";

    /// <summary>Analysis workers (Pipeline:Threads, or <c>extract --threads</c>).</summary>
    public int Threads { get; set; } = threads;

    /// <summary>What the reader hands a worker: the input's bytes, or why it was not read.</summary>
    private sealed record Job(InputFile Input, RawInput? Raw, ArticleRejectedException? ReadFailure);

    /// <summary>What a worker hands the writer: the records, or the stage and reason of the reject.</summary>
    private sealed record Outcome(ArticleResult? Result, ArticleRejectedException? Rejection);

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

        void Write(Job job, Outcome? outcome)
        {
            var input = job.Input;
            if (input.SkipReason is not null)
            {
                // a path that does not exist is a reject; a file of another kind is only skipped
                if (input.Missing) Reject(files, summary, input.Path, "read", input.SkipReason);
                else
                {
                    logger.InputSkipped(input.Path, input.SkipReason);
                    summary.Skipped++;
                }
                return;
            }
            if (outcome?.Result is { } result)
            {
                files.WriteLine(ArticlesFile, Json.Line(result.Article));
                foreach (var claim in applier.Apply(result.Article, result.Claims))
                {
                    files.WriteLine(ClaimsFile, Json.Line(claim));
                    summary.ClaimsByType[claim.Type] = summary.ClaimsByType.GetValueOrDefault(claim.Type) + 1;
                    if (claim.Status == ClaimStatus.NeedsReview) summary.NeedsReview++;
                }
                summary.Articles++;
                if (result.Document.Meta.ReplacedBytes > 0) logger.InputRepaired(input.Path, result.Document.Meta.ReplacedBytes);
                if (result.Document.Language is not (TextLanguage.Arabic or TextLanguage.Unknown))
                {
                    summary.NotArabic++;
                    logger.NotArabic(input.Path, result.Document.Language == TextLanguage.OtherArabicScript ? "Arabic script, another language" : "another script");
                }
            }
            else if (outcome?.Rejection is { } ex)
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

        OrderedPipeline.RunAsync(
            inputs.Select(ReadJob),
            (job, ct) => job.Input.SkipReason is null ? Analyse(job, ct) : null,
            Write,
            Math.Max(1, Threads),
            cancellationToken).GetAwaiter().GetResult();
        files.Commit();
        summary.Elapsed = clock.Elapsed;
        if (applier.Applied > 0) logger.ReviewsApplied(applier.Applied, applier.Source);
        logger.BatchFinished(summary.Articles, summary.Claims, summary.Rejects, summary.Elapsed.TotalSeconds, outDir);
        return summary;
    }

    /// <summary>The reader's part: the bytes of an input that is to be read.</summary>
    private Job ReadJob(InputFile input)
    {
        if (input.SkipReason is not null) return new Job(input, null, null);
        try
        {
            return new Job(input, Read(input.Path), null);
        }
        catch (ArticleRejectedException ex)
        {
            return new Job(input, null, ex);
        }
    }

    /// <summary>A worker's part: the analysis of one input, or its reject.</summary>
    private Outcome Analyse(Job job, CancellationToken cancellationToken)
    {
        if (job.ReadFailure is not null) return new Outcome(null, job.ReadFailure);
        try
        {
            return new Outcome(processor.Process(job.Raw!, cancellationToken), null);
        }
        catch (ArticleRejectedException ex)
        {
            return new Outcome(null, ex);
        }
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
