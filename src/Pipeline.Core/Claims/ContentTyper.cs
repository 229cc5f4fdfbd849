using Pipeline.Lexicons;
using Pipeline.Normalise;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// Re-types a claim made with a plain speech verb from what its content says (models/content-cues.tsv):
/// "قال: لا صحة لما تردد" is a denial, "أضاف: … افتراءات" an accusation.
/// </summary>
public sealed class ContentTyper
{
    private readonly (string[] Words, ClaimType Type, int Window)[] _phrases;

    private ContentTyper((string[], ClaimType, int)[] phrases) => _phrases = phrases;

    public static ContentTyper Load(string path)
    {
        var list = new List<(string[], ClaimType, int)>();
        foreach (var (line, f) in TsvFile.Read(path))
        {
            if (f.Length < 3 || !ClaimTypes.TryParse(f[1], out var type) || !int.TryParse(f[2], out var window))
                throw TsvFile.Error(path, line, "expected phrase, type, window");
            list.Add((ArabicNormalizer.Normalize(f[0]).Split(' ', StringSplitOptions.RemoveEmptyEntries), type, window));
        }
        return new ContentTyper(list.ToArray());
    }

    /// <summary>The type the content's words call for, or null when they say nothing special.</summary>
    public ClaimType? TypeOf(IReadOnlyList<Token> tokens, int first, int end)
    {
        foreach (var (words, type, window) in _phrases)
        {
            int words0 = 0;
            for (int i = first; i < end; i++)
            {
                if (!tokens[i].IsWord) continue;
                if (window > 0 && words0++ >= window) break;
                if (StartsAt(tokens, i, end, words)) return type;
            }
        }
        return null;
    }

    private static bool StartsAt(IReadOnlyList<Token> tokens, int i, int end, string[] words)
    {
        int k = 0;
        for (int j = i; j < end && k < words.Length; j++)
        {
            if (!tokens[j].IsWord) continue;
            var t = tokens[j];
            bool last = k == words.Length - 1;
            bool ok = t.Norm == words[k] || t.Stem == words[k] || (k == 0 && t.HasConjunction && t.Norm.AsSpan(1).SequenceEqual(words[k]))
                || (last && t.Norm.StartsWith(words[k], StringComparison.Ordinal) && words[k].Length >= 4);
            if (!ok) return false;
            k++;
        }
        return k == words.Length;
    }
}
