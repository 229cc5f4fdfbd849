using System.ComponentModel;
using Pipeline.Claims.Learning;
using Spectre.Console.Cli;

namespace Pipeline.Worker.Commands;

/// <summary>The learning options <c>train claims</c> and <c>eval claims --cv</c> share, so both train alike.</summary>
public class ClaimTrainingSettings : CommandSettings
{
    private static readonly ClaimTraining.Settings Defaults = new();

    [CommandOption("--seed <N>")]
    [Description("Random seed of the fold split and the trainer (default 13).")]
    public int Seed { get; init; } = 13;

    [CommandOption("--keep <P>")]
    [Description("Keep a candidate whose claim probability is at least P (default 0.3).")]
    public double? Keep { get; init; }

    [CommandOption("--second-type <P>")]
    [Description("Also emit a candidate's second type when its probability is at least P (default 0.25; 1 turns it off).")]
    public double? SecondType { get; init; }

    [CommandOption("--target-threshold <P>")]
    [Description("Name a target when its best word scores at least P (default 0.05).")]
    public double? TargetThreshold { get; init; }

    [CommandOption("--cue-candidates")]
    [Description("Also learn speakers for the cues the grammar makes no claim of (off: measured to cost more precision than it gains).")]
    public bool CueCandidates { get; init; }

    public ClaimTraining.Settings Training() => Defaults with
    {
        Seed = Seed,
        KeepThreshold = Keep ?? Defaults.KeepThreshold,
        TypeThreshold = SecondType ?? Defaults.TypeThreshold,
        TargetThreshold = TargetThreshold ?? Defaults.TargetThreshold,
        CueCandidates = CueCandidates,
    };
}
