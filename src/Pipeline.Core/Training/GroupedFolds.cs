namespace Pipeline.Training;

/// <summary>
/// Grouped k-fold by article: every article's claims fall in one fold, so no fold is tested on an
/// article it was trained on. Documents are shuffled with a fixed seed, then dealt round-robin.
/// </summary>
public static class GroupedFolds
{
    public static Dictionary<string, int> Assign(IEnumerable<string> docs, int folds, int seed)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), folds, "Cross-validation needs at least 2 folds.");
        var ordered = docs.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (ordered.Length < folds) throw new ArgumentOutOfRangeException(nameof(folds), folds, $"Only {ordered.Length} articles have claims: use at most that many folds.");
        new Random(seed).Shuffle(ordered);
        return ordered.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i % folds, StringComparer.Ordinal);
    }
}
