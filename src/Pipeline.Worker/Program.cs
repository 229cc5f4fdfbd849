using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Worker;
using Pipeline.Worker.Cli;
using Pipeline.Worker.Commands;
using Spectre.Console.Cli;

// The command line: one verb per job. Configuration (appsettings.json next to the program, then
// PIPELINE_ environment variables) and services come from the generic host's builder, so every verb
// shares one composition root (PipelineServices).
var hostSettings = new ConfigurationManager();
// Options are read once (IOptions, no monitors), so appsettings.json is not watched: the watcher cost ~50 ms of every start.
hostSettings["hostBuilder:reloadConfigOnChange"] = "false";
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    ContentRootPath = AppContext.BaseDirectory,
    EnvironmentName = Environments.Production,
    Configuration = hostSettings,
});
builder.Configuration.AddEnvironmentVariables("PIPELINE_");
// Logs go to standard error so that standard output carries only the progress bar and the summary.
builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
PipelineServices.Add(builder.Services, builder.Configuration);

var app = new CommandApp(new TypeRegistrar(builder.Services));
app.Configure(config =>
{
    config.SetApplicationName("pipeline");
    config.PropagateExceptions();
    config.AddCommand<ExtractCommand>("extract")
        .WithDescription("Extract claims from files, folders or globs of .html/.htm/.txt articles.")
        .WithExample("extract", "samples/", "--out", "out/");
    config.AddBranch("review", b =>
    {
        b.SetDescription("Send low-confidence claims to people and bring their decisions back.");
        b.AddCommand<ReviewExportCommand>("export").WithDescription("Write the claims to review as a CSV sheet.");
        b.AddCommand<ReviewImportCommand>("import").WithDescription("Apply a filled review sheet to claims.jsonl and the review store.");
    });
    config.AddBranch("train", train =>
    {
        train.SetDescription("Rebuild the models and gazetteers in models/ from named data.");
        train.AddCommand<TrainActorsCommand>("actors").WithDescription("Rebuild models/actors.tsv from CLDR's Arabic territory names.");
        train.AddCommand<TrainNerCommand>("ner").WithDescription("Train the NER tagger (models/ner.zip) from a CoNLL file.");
        train.AddCommand<TrainClaimsCommand>("claims").WithDescription("Train the claim type and target models (models/claims-model.bin) from gold claims.");
    });
    config.AddBranch("eval", b =>
    {
        b.SetDescription("Score outputs against gold data.");
        b.AddCommand<EvalNerCommand>("ner").WithDescription("Score models/ner.zip on a gold CoNLL file (TOKEN TAG), as shared/eval/score_ner.py.");
        b.AddCommand<EvalClaimsCommand>("claims").WithDescription("Score claims.jsonl against gold claims, exactly as shared/eval/score.py; or cross-validate the claim models by article (--cv K).");
    });
    config.AddCommand<CrawlCommand>("crawl")
        .WithDescription("Run one crawl pass over the feeds and sitemaps of crawl.json, then exit.")
        .WithExample("crawl", "--config", "crawl.json", "--out", "out/");
    config.AddCommand<WorkerCommand>("worker")
        .WithDescription("Run the crawler on its cron schedule until stopped (systemd-ready).")
        .WithExample("worker", "--config", "crawl.json", "--out", "out/");
    config.AddBranch("cluster", b =>
    {
        b.SetDescription("Run the crawler as an Orleans cluster (worker --cluster); prepare its database and merge its output.");
        b.AddCommand<ClusterInitDbCommand>("init-db").WithDescription("Create the Orleans membership and grain-state tables in a PostgreSQL database.");
        b.AddCommand<ClusterMergeCommand>("merge").WithDescription("Join the silos' part-*.jsonl files into articles/claims/rejects.jsonl, once per id.");
    });
    config.AddCommand<BenchCommand>("bench")
        .WithDescription("Measure text → claims throughput, memory and start-up against Lucene's ArabicAnalyzer.")
        .WithExample("bench", "--articles", "20000", "--threads", "2");
    // Verbs of later issues (crawl, worker, review, train, eval, bench) are registered here.
});
try
{
    return await app.RunAsync(args);
}
catch (Exception ex) when (ex is CommandParseException or CommandRuntimeException)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}
catch (Exception ex) when (ex is Microsoft.Extensions.Options.OptionsValidationException or InvalidOperationException && ex.Message.Contains("configuration", StringComparison.OrdinalIgnoreCase))
{
    // A bad setting in appsettings.json or a PIPELINE_ variable: name it and stop before any work.
    Console.Error.WriteLine($"error: invalid configuration: {ex.Message} Fix the key in appsettings.json or the PIPELINE_ environment variable.");
    return 1;
}
