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

        [CommandOption("--person-names <FILE>")]
        [Description("Wikidata person-name tokens (../shared/data/gazetteers/wikidata-person-names/person_name_tokens.ar.tsv).")]
        public string PersonNames { get; init; } = "../shared/data/gazetteers/wikidata-person-names/person_name_tokens.ar.tsv";

        [CommandOption("--faker <DIR>")]
        [Description("Faker's Arabic name lists (../shared/data/gazetteers/faker-ar).")]
        public string Faker { get; init; } = "../shared/data/gazetteers/faker-ar";

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
        return WritePersonNames(settings);
    }

    /// <summary>models/person-names.tsv next to the actors file, without words the other word lists claim.</summary>
    private static int WritePersonNames(Settings settings)
    {
        if (!File.Exists(settings.PersonNames) || !Directory.Exists(settings.Faker))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {settings.PersonNames} or {settings.Faker} not found; pass --person-names and --faker");
            return 1;
        }
        var models = Path.GetDirectoryName(Path.GetFullPath(settings.Out))!;
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in new[] { "heads.tsv", "function-words.tsv", "nonsubject-words.tsv", "cues.tsv" })
        {
            var path = Path.Combine(models, list);
            if (!File.Exists(path)) continue;
            foreach (var (_, f) in Pipeline.Lexicons.TsvFile.Read(path)) excluded.Add(Pipeline.Normalise.ArabicNormalizer.Normalize(f[0]));
        }
        var faker = Directory.EnumerateFiles(settings.Faker, "person_*names*.txt").Order(StringComparer.Ordinal).SelectMany(File.ReadLines);
        var names = Pipeline.Mentions.PersonNames.From(File.ReadLines(settings.PersonNames), faker, excluded).ToList();
        var output = Path.Combine(models, "person-names.tsv");
        var tmp = output + ".tmp";
        using (var w = new StreamWriter(tmp))
        {
            w.WriteLine($"# Person-name tokens: Wikidata person labels (CC0, via Merhav & Ash 2018) and Faker ar first/last names (MIT); built by `train actors` on {DateTime.UtcNow:yyyy-MM-dd}. Do not edit: rebuild.");
            w.WriteLine("# name");
            foreach (var n in names) w.WriteLine(n);
        }
        File.Move(tmp, output, overwrite: true);
        AnsiConsole.MarkupLineInterpolated($"Wrote {names.Count} person-name tokens to {output}");
        return 0;
    }
}
