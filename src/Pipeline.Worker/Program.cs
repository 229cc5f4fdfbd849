using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Pipeline.Worker;
using Pipeline.Worker.Cli;
using Pipeline.Worker.Commands;
using Spectre.Console.Cli;

// The command line: one verb per job. Configuration (appsettings.json next to the program, then
// PIPELINE_ environment variables) and services come from the generic host's builder, so every verb
// shares one composition root (PipelineServices).
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    ContentRootPath = AppContext.BaseDirectory,
    EnvironmentName = Environments.Production,
});
builder.Configuration.AddEnvironmentVariables("PIPELINE_");
PipelineServices.Add(builder.Services, builder.Configuration);

var app = new CommandApp(new TypeRegistrar(builder.Services));
app.Configure(config =>
{
    config.SetApplicationName("pipeline");
    config.PropagateExceptions();
    config.AddCommand<ExtractCommand>("extract")
        .WithDescription("Extract claims from files, folders or globs of .html/.htm/.txt articles.")
        .WithExample("extract", "samples/", "--out", "out/");
    config.AddBranch("train", b => b.AddCommand<TrainNerCommand>("ner").WithDescription("Train the NER tagger (models/ner.zip)."));
    config.AddBranch("eval", b => b.AddCommand<EvalNerCommand>("ner").WithDescription("Score models/ner.zip on a gold CoNLL file."));
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
