using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using Pipeline.Ner;
using Pipeline.Processing;
using Spectre.Console.Cli;

namespace Pipeline.Worker.Commands;

/// <summary><c>eval ner</c>: tags a gold CoNLL file with models/ner.zip and prints entity-level P/R/F1.</summary>
public sealed class EvalNerCommand(IOptions<PipelineOptions> options) : Command<EvalNerCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--conll <FILE>")]
        [Description("Gold `TOKEN TAG` file (e.g. shared/eval/ner/anercorp.test.txt).")]
        public string Conll { get; init; } = "";

        [CommandOption("--out <PRED>")]
        [Description("Where to write `TOKEN GOLD PRED` lines for shared/eval/score_ner.py.")]
        public string? Out { get; init; }

        [CommandOption("--models <DIR>")]
        [Description("models/ folder holding ner.zip and ner-gazetteer.tsv (default: Pipeline:ModelsPath or the nearest models/).")]
        public string? Models { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Conll) ? Spectre.Console.ValidationResult.Error("--conll FILE is required.") : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var model = NerModelFile.Load(ModelPaths.Locate(settings.Models ?? options.Value.ModelsPath));
        // CPU time too: on a shared machine the wall time says more about the neighbours than the model.
        Console.WriteLine($"model loaded in {clock.ElapsedMilliseconds} ms ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU)");
        var sentences = ConllReader.Read(settings.Conll);
        clock.Restart();
        var (predicted, scores) = NerEvaluation.Run(model, sentences, cancellationToken);
        Console.WriteLine($"tagged {sentences.Count} sentences in {clock.ElapsedMilliseconds} ms");
        if (settings.Out is not null)
        {
            NerEvaluation.WritePredictions(settings.Out, sentences, predicted);
            Console.WriteLine($"predictions written to {settings.Out}");
        }
        Console.WriteLine(scores.Format(sentences.Sum(s => s.Count)));
        return 0;
    }
}
