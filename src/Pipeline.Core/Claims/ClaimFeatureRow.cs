using Microsoft.ML.Data;

namespace Pipeline.Claims;

/// <summary>
/// The confidence model's input: one candidate claim described by categorical fields (one-hot encoded)
/// and numeric fields (min-max normalised). Column names are the property names; changing them
/// invalidates models/claims-confidence.zip (retrain with <c>train claims</c>).
/// </summary>
public sealed class ClaimFeatureRow
{
    public static readonly string[] Categorical =
        [nameof(Construction), nameof(CueLemma), nameof(CueClass), nameof(CueType), nameof(ClaimType), nameof(SpeakerKind), nameof(SpeakerSource), nameof(TargetKind)];

    public static readonly string[] Numeric =
    [
        nameof(TypedByContent), nameof(SpeakerHasCanonical), nameof(SpeakerWords), nameof(SpeakerOutsideSentence), nameof(TargetPresent),
        nameof(QuotePresent), nameof(QuoteDirect), nameof(ContentWords), nameof(CuePosition), nameof(CueTokenIndex),
        nameof(SpeakerCueDistance), nameof(SentenceTokens), nameof(FirstLine), nameof(SentencePosition), nameof(ClaimsInSentence),
        nameof(ClaimsOnCue), nameof(CueConjunction), nameof(CueInQuote), nameof(RulePrior),
    ];

    /// <summary>The grammar rule without its "+content" suffix.</summary>
    public string Construction { get; set; } = "";
    public string CueLemma { get; set; } = "";
    /// <summary>The cue lexicon's class of the cue (Verb, Noun, …) or "unknown".</summary>
    public string CueClass { get; set; } = "";
    /// <summary>The claim type the cue lexicon gives the cue (the claim's own type may differ when typed by content).</summary>
    public string CueType { get; set; } = "";
    public string ClaimType { get; set; } = "";
    public string SpeakerKind { get; set; } = "";
    /// <summary>Which finder produced the speaker mention.</summary>
    public string SpeakerSource { get; set; } = "";
    /// <summary>The target's kind, or "none".</summary>
    public string TargetKind { get; set; } = "";

    public float TypedByContent { get; set; }
    public float SpeakerHasCanonical { get; set; }
    public float SpeakerWords { get; set; }
    public float SpeakerOutsideSentence { get; set; }
    public float TargetPresent { get; set; }
    public float QuotePresent { get; set; }
    public float QuoteDirect { get; set; }
    /// <summary>Words of the content span (0 without content).</summary>
    public float ContentWords { get; set; }
    /// <summary>The cue's token position within its sentence, 0 (first) to 1 (last).</summary>
    public float CuePosition { get; set; }
    public float CueTokenIndex { get; set; }
    /// <summary>Tokens from the speaker's start to the cue: negative when the speaker comes first.</summary>
    public float SpeakerCueDistance { get; set; }
    public float SentenceTokens { get; set; }
    /// <summary>1 when the sentence is on the article's first line (the headline).</summary>
    public float FirstLine { get; set; }
    /// <summary>The sentence's position in the article, 0 (start) to 1 (end).</summary>
    public float SentencePosition { get; set; }
    public float ClaimsInSentence { get; set; }
    public float ClaimsOnCue { get; set; }
    /// <summary>1 when the cue token starts with the conjunction و or ف.</summary>
    public float CueConjunction { get; set; }
    /// <summary>1 when the cue sits inside a quotation.</summary>
    public float CueInQuote { get; set; }
    /// <summary>The <see cref="RuleScorer"/> prior.</summary>
    public float RulePrior { get; set; }

    /// <summary>Training label: the claim matched a gold claim (or a reviewer accepted it).</summary>
    public bool Label { get; set; }

    /// <summary>A copy, so that one claim can carry different labels in different training sets.</summary>
    public ClaimFeatureRow Clone() => (ClaimFeatureRow)MemberwiseClone();
}

/// <summary>The confidence model's output columns.</summary>
public sealed class ClaimPrediction
{
    public bool PredictedLabel { get; set; }
    public float Score { get; set; }
    public float Probability { get; set; }
}
