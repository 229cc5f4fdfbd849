using Pipeline.Text;

namespace Pipeline.Claims.Learning;

/// <summary>
/// A possible speaker of a cue the grammar left without a claim: a word of the cue's sentence
/// (<see cref="Token"/>, widened to its phrase when chosen), or the speaker of an earlier claim of the
/// article (<see cref="Previous"/>, with <see cref="Rank"/> 1 for the latest), for continuations.
/// </summary>
public readonly record struct SpeakerCandidate(int Token, Mention? Covering, Mention? Previous, int Rank);
