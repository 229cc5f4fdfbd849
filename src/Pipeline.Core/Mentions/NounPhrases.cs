using System.Collections.Frozen;
using Pipeline.Lexicons;
using Pipeline.Normalise;
using Pipeline.Text;

namespace Pipeline.Mentions;

/// <summary>
/// Finds the noun phrase that names a speaker or target next to a cue. Arabic news writes the
/// subject right after the verb (قال وزير الخارجية الأمريكي أنتوني بلينكن في …) or before it in
/// headlines (الصين تنفي …); the phrase runs over words until punctuation, a function word
/// (models/function-words.tsv), a prepositional token (بـ، لل) or another cue. Hand-written:
/// there is no Arabic chunker to use on this platform.
/// </summary>
public sealed class NounPhrases(FrozenSet<string> functionWords, HeadWords heads, ActorGazetteer actors)
{
    public const int MaxWords = 8;

    public static FrozenSet<string> LoadFunctionWords(string path) =>
        TsvFile.Read(path).Select(r => ArabicNormalizer.Normalize(r.Fields[0].Trim())).Where(w => w.Length > 0).ToFrozenSet(StringComparer.Ordinal);

    public bool IsFunctionWord(Token t) => t.IsWord && (functionWords.Contains(t.Norm) || (t.Prefix is "و" or "ف" && functionWords.Contains(t.Stem)));

    /// <summary>
    /// The phrase starting at token <paramref name="start"/> (which must be a word that can open a
    /// phrase), as a token range <c>[start, end)</c>, or null when none starts there.
    /// </summary>
    public (int First, int End)? After(IReadOnlyList<Token> tokens, int start, int limit, Func<int, bool> isCue)
    {
        if (start >= limit || !CanOpen(tokens[start])) return null;
        int end = start;
        while (end < limit && end - start < MaxWords)
        {
            var t = tokens[end];
            if (!t.IsWord || IsFunctionWord(t) || (end > start && isCue(end))) break;
            if (end > start && StartsPrepositionalPhrase(t)) break;
            end++;
        }
        return end > start ? (start, end) : null;
    }

    /// <summary>The phrase ending just before <paramref name="end"/> and starting at <paramref name="floor"/> (subject-first order).</summary>
    public (int First, int End)? Before(IReadOnlyList<Token> tokens, int floor, int end)
    {
        int first = end;
        while (first > floor && end - first < MaxWords)
        {
            var t = tokens[first - 1];
            if (!t.IsWord || IsFunctionWord(t)) break;
            first--;
        }
        return first < end && first == floor ? (first, end) : null;
    }

    public bool CanOpen(Token t) => t.IsWord && !IsFunctionWord(t) && !StartsPrepositionalPhrase(t) && t.Norm.Length >= 2;

    /// <summary>
    /// بـ and لـ tokens open prepositional phrases (بالقاهرة، للصحفيين، لوكالة): they end a phrase
    /// unless the word is a known actor or head word (لبنان، لجنة).
    /// </summary>
    public bool StartsPrepositionalPhrase(Token t)
    {
        if (!t.IsWord || t.Norm.Length < 3) return false;
        bool prep = t.Prefix.StartsWith('ب') || t.Prefix.StartsWith("لل", StringComparison.Ordinal) || t.Prefix.StartsWith("ك", StringComparison.Ordinal)
            || (t.Prefix.Length == 0 && (t.Norm[0] == 'ب' || t.Norm[0] == 'ل') && t.Norm.Length > 3);
        if (!prep) return false;
        if (heads.KindOf(t) is not null) return false;
        return !IsKnownWhole(t);
    }

    private bool IsKnownWhole(Token t)
    {
        var single = new[] { t };
        return actors.Match(single, 0, 1) is { } hit && hit.Actor.Keys[0] == ActorGazetteer.Key(t.Norm);
    }
}
