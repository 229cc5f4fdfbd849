using System.ComponentModel;
using System.Security.Cryptography;
using Pipeline.Mentions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Worker.Commands;

/// <summary><c>train actors --cldr DIR</c>: rebuilds models/actors.tsv (states from CLDR's Arabic territory names).</summary>
public sealed class TrainActorsCommand : Command<TrainActorsCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--cldr <DIR>")]
        [Description("Folder with CLDR's ar.territories.tsv (../shared/data/gazetteers/cldr).")]
        public string Cldr { get; init; } = "../shared/data/gazetteers/cldr";

        [CommandOption("--out <FILE>")]
        [Description("Gazetteer file to write (default models/actors.tsv).")]
        public string Out { get; init; } = "models/actors.tsv";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var source = Path.Combine(settings.Cldr, "ar.territories.tsv");
        if (!File.Exists(source))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {source} not found; pass --cldr with the folder holding CLDR's ar.territories.tsv");
            return 1;
        }
        var rows = CldrActors.FromTerritories(File.ReadLines(source)).DistinctBy(r => r.Name).ToList();
        var tmp = settings.Out + ".tmp";
        using (var w = new StreamWriter(tmp))
        {
            w.WriteLine($"# States from Unicode CLDR 48 Arabic territory names (Unicode-3.0 licence, see models/README.md); built by `train actors --cldr {settings.Cldr}` on {DateTime.UtcNow:yyyy-MM-dd}. Do not edit: rebuild.");
            w.WriteLine("# name\tcanonical\tkind\tcountry");
            foreach (var r in rows) w.WriteLine($"{r.Name}\t{r.Canonical}\t{r.Kind}\t{r.Country}");
        }
        File.Move(tmp, settings.Out, overwrite: true);
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(settings.Out)));
        AnsiConsole.MarkupLineInterpolated($"Wrote {rows.Count} names of {rows.Select(r => r.Country).Distinct().Count()} states to {settings.Out} (sha256 {sha})");
        return 0;
    }
}
