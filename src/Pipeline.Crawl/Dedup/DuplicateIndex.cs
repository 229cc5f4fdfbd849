using Pipeline.Crawl.State;

namespace Pipeline.Crawl.Dedup;

/// <summary>Why an article counts as already written.</summary>
public sealed record DuplicateMatch(string ArticleId, string How);

/// <summary>The fingerprints of one article text (see <see cref="TextFingerprint"/>).</summary>
public sealed record Fingerprint(string TextHash, ulong SimHash, ulong[] MinHash, int Words)
{
    public static Fingerprint Of(string text) =>
        new(TextFingerprint.TextHash(text), TextFingerprint.SimHash(text), TextFingerprint.MinHash(text), TextFingerprint.Words(text).Count);
}

/// <summary>
/// The articles already written, in memory for fast lookups during a pass (loaded from the state at
/// the start, extended as articles are written). Not thread-safe: the <see cref="Output.ArticleCommitter"/>
/// calls it under its write lock, which also makes "check, then write" atomic.
/// </summary>
public sealed class DuplicateIndex(double nearDuplicateSimilarity = DuplicateIndex.DefaultSimilarity)
{
    /// <summary>Estimated shingle Jaccard at or above which two texts are the same story.</summary>
    public const double DefaultSimilarity = 0.7;

    /// <summary>
    /// SimHash distance under which a pair is worth the MinHash comparison. Generous on purpose: a
    /// re-bylined copy of a short story can be 12 bits away; unrelated texts are about 32 apart.
    /// </summary>
    public const int CandidateBits = 20;

    private const int MinWords = 10;

    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byTextHash = new(StringComparer.Ordinal);
    private readonly List<(ulong SimHash, ulong[] MinHash, string Id)> _near = [];

    public int Count => _ids.Count;

    public void Load(IEnumerable<ArticleState> articles)
    {
        _ids.Clear(); _byTextHash.Clear(); _near.Clear();
        // Only texts of MinWords or more were stored with a usable MinHash; an all-zero one never matches.
        foreach (var a in articles) Add(a.Id, new Fingerprint(a.TextHash, a.SimHash, a.MinHash, a.MinHash.All(v => v == 0) ? 0 : MinWords));
    }

    public bool Contains(string id) => _ids.Contains(id);

    /// <summary>The written article this one repeats, or null when it is new.</summary>
    public DuplicateMatch? Find(string id, Fingerprint f)
    {
        if (_ids.Contains(id)) return new DuplicateMatch(id, "same text");
        if (_byTextHash.TryGetValue(f.TextHash, out var same)) return new DuplicateMatch(same, "same normalised text");
        if (f.Words < MinWords) return null; // too few shingles for a similarity to mean anything
        foreach (var (simHash, minHash, otherId) in _near)
        {
            if (TextFingerprint.Distance(f.SimHash, simHash) > CandidateBits) continue;
            double similarity = TextFingerprint.Similarity(f.MinHash, minHash);
            if (similarity >= nearDuplicateSimilarity)
                return new DuplicateMatch(otherId, $"near duplicate, shingle similarity {similarity:0.00}");
        }
        return null;
    }

    public void Add(string id, Fingerprint f)
    {
        if (!_ids.Add(id)) return;
        _byTextHash.TryAdd(f.TextHash, id);
        if (f.Words >= MinWords) _near.Add((f.SimHash, f.MinHash, id));
    }
}
