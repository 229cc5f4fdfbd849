using Pipeline.Crawl.State;

namespace Pipeline.Crawl.Dedup;

/// <summary>Why an article counts as already written.</summary>
public sealed record DuplicateMatch(string ArticleId, string How);

/// <summary>
/// The articles already written, in memory for fast lookups during a pass (loaded from the state at
/// the start, extended as articles are written). Not thread-safe: the <see cref="Output.ArticleCommitter"/>
/// calls it under its write lock, which also makes "check, then write" atomic.
/// </summary>
public sealed class DuplicateIndex
{
    /// <summary>SimHashes this close (out of 64 bits) are the same story; 3 is the usual web-dedup setting.</summary>
    public const int NearDuplicateBits = 3;

    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byTextHash = new(StringComparer.Ordinal);
    private readonly List<(ulong SimHash, string Id)> _simHashes = [];

    public int Count => _ids.Count;

    public void Load(IEnumerable<ArticleState> articles)
    {
        _ids.Clear(); _byTextHash.Clear(); _simHashes.Clear();
        foreach (var a in articles) Add(a.Id, a.TextHash, a.SimHash);
    }

    public bool Contains(string id) => _ids.Contains(id);

    /// <summary>The written article this one repeats, or null when it is new.</summary>
    public DuplicateMatch? Find(string id, string textHash, ulong simHash, int wordCount)
    {
        if (_ids.Contains(id)) return new DuplicateMatch(id, "same text");
        if (_byTextHash.TryGetValue(textHash, out var same)) return new DuplicateMatch(same, "same normalised text");
        // Very short texts share too few shingles for the distance to mean anything.
        if (wordCount < 20) return null;
        foreach (var (other, otherId) in _simHashes)
            if (TextFingerprint.Distance(simHash, other) <= NearDuplicateBits)
                return new DuplicateMatch(otherId, $"near duplicate, SimHash distance {TextFingerprint.Distance(simHash, other)}");
        return null;
    }

    public void Add(string id, string textHash, ulong simHash)
    {
        if (!_ids.Add(id)) return;
        _byTextHash.TryAdd(textHash, id);
        if (simHash != 0) _simHashes.Add((simHash, id));
    }
}
