using Pipeline.Text;

namespace Pipeline.Claims.Learning;

/// <summary>
/// The learned claim decisions: <see cref="Type"/> gives each grammar candidate a type or "none" (no
/// claim), <see cref="Target"/> scores each word of its sentence as the one accused, condemned, called
/// upon or denied. <see cref="KeepThreshold"/> is the least claim probability kept; a target is named
/// only when its best word scores at least <see cref="TargetThreshold"/>. <see cref="Speaker"/>, when present,
/// picks the speaker of cues the grammar made no claim of (<see cref="CueCandidates"/>), at a probability of
/// at least <see cref="SpeakerThreshold"/>.
/// </summary>
public sealed record LearnedClaimModel(LinearModel Type, LinearModel Target, double KeepThreshold, double TargetThreshold, bool WidenContent = false, LinearModel? Speaker = null, double SpeakerThreshold = 0.5, double TypeThreshold = 1.0)
{
    /// <summary>The type model's classes: "none" first, then the contract's types.</summary>
    public static readonly string[] TypeClasses = ["none", .. Enum.GetValues<ClaimType>().Select(t => t.Name())];

    public static readonly string[] TargetClasses = ["no", "yes"];

    public const int TypeBits = 18;

    public const int TargetBits = 18;

    public const int SpeakerBits = 18;

    public static ClaimType TypeOfClass(int k) => Enum.GetValues<ClaimType>()[k - 1];

    public static int ClassOf(ClaimType t) => (int)t + 1;
}
