using Microsoft.Extensions.Logging;

namespace Pipeline.Worker.Logging;

/// <summary>Fixed event ids of the worker's log lines (1000s: batch, 2000s: crawl, 3000s: review, 4000s: models).</summary>
public static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Extracting {Count} input files into {OutDir}")]
    public static partial void BatchStarted(this ILogger logger, int count, string outDir);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Skipped {Path}: {Reason}")]
    public static partial void InputSkipped(this ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Rejected {Path} at stage {Stage}: {Reason}")]
    public static partial void InputRejected(this ILogger logger, string path, string stage, string reason);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Progress: {Done}/{Total} inputs, {Claims} claims, {Rejects} rejects")]
    public static partial void BatchProgress(this ILogger logger, int done, int total, int claims, int rejects);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Done: {Articles} articles, {Claims} claims, {Rejects} rejects in {Seconds:F1} s; wrote {OutDir}")]
    public static partial void BatchFinished(this ILogger logger, int articles, int claims, int rejects, double seconds, string outDir);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Applied {Count} stored review decisions from {Store}")]
    public static partial void ReviewsApplied(this ILogger logger, int count, string store);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Information, Message = "{Path} is not in Arabic ({Language}): its article is written, no claims are looked for")]
    public static partial void NotArabic(this ILogger logger, string path, string language);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning, Message = "{Path}: {Count} bytes were not valid text and were read as U+FFFD; the rest of the article was kept (re-save the file as UTF-8 to remove them)")]
    public static partial void InputRepaired(this ILogger logger, string path, int count);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Error, Message = "Cannot run: {Reason}")]
    public static partial void CannotRun(this ILogger logger, string reason);
}
