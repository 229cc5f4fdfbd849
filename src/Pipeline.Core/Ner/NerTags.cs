namespace Pipeline.Ner;

/// <summary>
/// The IOB2 tag set of ANERcorp (PERS, LOC, ORG, MISC) in a fixed order: the order is the class
/// index of the model, so it is written into the model header and checked at load.
/// </summary>
public static class NerTags
{
    public const string Outside = "O";

    /// <summary>Every tag, class index = position.</summary>
    public static readonly IReadOnlyList<string> All =
        ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    public static int Count => All.Count;

    private static readonly Dictionary<string, int> Index =
        All.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);

    /// <summary>The class index of a tag; throws naming the tag when it is not in the set.</summary>
    public static int IndexOf(string tag) =>
        Index.TryGetValue(tag, out int i) ? i : throw new ArgumentException($"Unknown NER tag '{tag}'. Expected one of: {string.Join(' ', All)}.", nameof(tag));

    public static bool IsKnown(string tag) => Index.ContainsKey(tag);

    /// <summary>The entity type of a B-/I- tag (PERS, LOC …); null for O.</summary>
    public static string? TypeOf(string tag) => tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;

    /// <summary>
    /// IOB2 validity of a transition: I-X may only follow B-X or I-X. <paramref name="previous"/> is
    /// null at the start of a sentence.
    /// </summary>
    public static bool IsAllowed(string? previous, string tag)
    {
        if (!tag.StartsWith("I-", StringComparison.Ordinal)) return true;
        return previous is not null && previous.Length > 2 && previous[1] == '-' && previous[2..] == tag[2..];
    }
}
