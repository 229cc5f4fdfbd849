using Pipeline.Lexicons;
using Pipeline.Mentions;

namespace Pipeline.Claims.Learning;

/// <summary>
/// The rule-based parts the learned decisions work with (the phrase finder, the mention resolver, the
/// cue lexicon and the cue finder of models/), so that training, cross-validation and the pipeline build
/// refiners alike.
/// </summary>
public sealed record ClaimLearningParts(NounPhrases Phrases, MentionResolver Resolver, CueLexicon Lexicon, CueCandidates Cues)
{
    public ClaimRefiner Refiner(LearnedClaimModel model) => new(model, Phrases, Resolver, Cues);
}
