using System.Collections.Frozen;
using Pipeline.Lexicons;
using Pipeline.Normalise;
using Pipeline.Segment;
using Pipeline.Text;

namespace Pipeline.Mentions;

/// <summary>A gazetteer entry: a name (as word keys), its canonical actor, kind and state.</summary>
public sealed record Actor(string[] Keys, string Canonical, string Kind, string? Country)
{
    public bool IsNisba => Kind == "NISBA";
}

/// <summary>A gazetteer hit over tokens <c>[First, End)</c>.</summary>
public sealed record ActorHit(int First, int End, Actor Actor);

/// <summary>
/// States, capitals and seats used as metonyms, nationality adjectives, bodies and organisations
/// (models/actors.tsv from CLDR via <c>train actors</c>, plus the hand-made models/actors-extra.tsv).
/// Names are matched word by word on the article-stripped normalised form, so والصين، للصين and
/// الصين all find الصين.
/// </summary>
public sealed class ActorGazetteer
{
    private readonly FrozenDictionary<string, Actor[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstKey;

    /// <summary>Turns most words away before the dictionary is asked (see <see cref="KeyFilter"/>).</summary>
    private readonly KeyFilter _firstKeys;

    // Tells this gazetteer's remembered answers (TokenLookups) from another instance's.
    private readonly long _lookupId = TokenLookups.NewLexiconId();

    private ActorGazetteer(FrozenDictionary<string, Actor[]> byFirstKey, int count)
    {
        _byFirstKey = byFirstKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstKeys = new KeyFilter(byFirstKey.Keys);
        Count = count;
    }

    public int Count { get; }

    /// <summary>Loads the gazetteer files in order of precedence (hand-made first).</summary>
    public static ActorGazetteer Load(params string[] paths)
    {
        var all = new List<Actor>();
        // the first file that names a state's canonical form wins, so hand-made names (السعودية)
        // stay canonical when a later generated file spells them otherwise (المملكة العربية السعودية)
        var stateCanonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths.Where(File.Exists))
        {
            foreach (var (line, f) in TsvFile.Read(path))
            {
                if (f.Length < 3) throw TsvFile.Error(path, line, "expected name, canonical, kind[, country]");
                var keys = ArabicNormalizer.Normalize(f[0]).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Key).ToArray();
                if (keys.Length == 0) continue;
                string? country = f.Length > 3 && f[3].Length == 3 ? f[3] : null;
                string canonical = f[1];
                if (f[2] == "GPE" && country is not null)
                {
                    if (!stateCanonical.TryAdd(country, canonical)) canonical = stateCanonical[country];
                }
                all.Add(new Actor(keys, canonical, f[2], country));
            }
        }
        var map = all.GroupBy(a => a.Keys[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(a => a.Keys.Length).ToArray(), StringComparer.Ordinal);
        return new ActorGazetteer(map, all.Count);
    }

    /// <summary>The matching key of a normalised word: the definite article removed.</summary>
    public static string Key(string norm) =>
        norm.Length > 4 && norm.StartsWith("ال", StringComparison.Ordinal) ? norm[2..] : norm;

    /// <summary><see cref="Key(string)"/> without allocating.</summary>
    public static ReadOnlySpan<char> Key(ReadOnlySpan<char> norm) =>
        norm.Length > 4 && norm.StartsWith("ال", StringComparison.Ordinal) ? norm[2..] : norm;

    /// <summary>The keys a token can stand for (its clitic readings without pronoun suffixes).</summary>
    public static IEnumerable<string> TokenKeys(Token token)
    {
        Span<Range> buffer = stackalloc Range[Clitics.MaxSplits + 1];
        var keys = buffer[..TokenKeyRanges(token.Norm, buffer)].ToArray();
        return keys.Select(r => token.Norm[r]);
    }

    /// <summary>
    /// Writes where <see cref="TokenKeys"/>' keys lie in <paramref name="norm"/> (same keys, same order)
    /// and returns how many there are; lookups slice the word instead of allocating keys.
    /// </summary>
    public static int TokenKeyRanges(ReadOnlySpan<char> norm, Span<Range> into)
    {
        int n = 0;
        into[n++] = KeyRange(norm, 0, norm.Length);
        Span<int> prefixes = stackalloc int[Clitics.MaxSplits];
        int count = Clitics.PrefixLengths(norm, prefixes);
        for (int k = 0; k < count; k++) into[n++] = KeyRange(norm, prefixes[k], norm.Length);
        return n;
    }

    private static Range KeyRange(ReadOnlySpan<char> norm, int start, int end)
    {
        var key = Key(norm[start..end]);
        return new Range(end - key.Length, end);
    }

    /// <summary>
    /// Whether a one-word hit is really a common noun: القاعدة العسكرية (a military base) is not تنظيم
    /// القاعدة, because an adjective other than a nationality follows it.
    /// </summary>
    public bool IsCommonNounUse(List<Token> tokens, ActorHit hit)
    {
        if (hit.End - hit.First != 1 || hit.Actor.Kind is not ("GROUP" or "ORG") || hit.End >= tokens.Count) return false;
        var next = tokens[hit.End];
        if (!next.IsWord || !next.HasArticle || !tokens[hit.First].HasArticle) return false;
        bool adjective = next.Stem.EndsWith('ي') || next.Stem.EndsWith("يه", StringComparison.Ordinal);
        return adjective && Match(tokens, hit.End, hit.End + 1) is not { Actor.IsNisba: true };
    }

    /// <summary>The longest actor name starting at token <paramref name="first"/>, if any.</summary>
    public ActorHit? Match(List<Token> tokens, int first, int end)
    {
        var token = tokens[first];
        if (!token.IsWord) return null;
        foreach (var actor in Candidates(token))
        {
            if (Continues(tokens, first, end, actor.Keys)) return new ActorHit(first, first + actor.Keys.Length, actor);
        }
        return null;
    }

    /// <summary>The actors whose first key is one of the token's keys, in key order then longest name first; looked up once per word (see <see cref="TokenLookups"/>).</summary>
    private Actor[] Candidates(Token token)
    {
        var lookups = TokenLookups.Of(token);
        if (lookups.ActorsFrom(_lookupId) is { } known) return known;
        var norm = token.Norm;
        Span<Range> keys = stackalloc Range[Clitics.MaxSplits + 1];
        int count = TokenKeyRanges(norm, keys);
        Actor[]? found = null;
        for (int k = 0; k < count; k++)
        {
            var key = norm.AsSpan()[keys[k]];
            if (_firstKeys.MayContain(key) && _byFirstKey.TryGetValue(key, out var actors)) found = found is null ? actors : [.. found, .. actors];
        }
        return lookups.SetActors(_lookupId, found ?? []);
    }

    /// <summary>
    /// What <c>Match</c> gives for a lone word with this normalised form: the first one-word actor among its
    /// keys (the same as matching a one-token list, without making one).
    /// </summary>
    public Actor? MatchWord(ReadOnlySpan<char> norm)
    {
        Span<Range> keys = stackalloc Range[Clitics.MaxSplits + 1];
        int count = TokenKeyRanges(norm, keys);
        for (int k = 0; k < count; k++)
        {
            if (!_firstKeys.MayContain(norm[keys[k]]) || !_byFirstKey.TryGetValue(norm[keys[k]], out var actors)) continue;
            foreach (var actor in actors)
                if (actor.Keys.Length == 1) return actor;
        }
        return null;
    }

    private static bool Continues(List<Token> tokens, int first, int end, string[] keys)
    {
        if (first + keys.Length > end) return false;
        for (int k = 1; k < keys.Length; k++)
        {
            var t = tokens[first + k];
            if (!t.IsWord || !Key(t.Norm.AsSpan()).SequenceEqual(keys[k])) return false;
        }
        return true;
    }
}
