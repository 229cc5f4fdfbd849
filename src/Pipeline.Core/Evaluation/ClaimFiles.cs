using System.Text.Json;

namespace Pipeline.Evaluation;

/// <summary>Reads gold files (*.gold.jsonl) and a predicted claims.jsonl the way score.py does.</summary>
public static class ClaimFiles
{
    /// <summary>score.py's <c>load_gold</c>: files or folders (their *.gold.jsonl in ordinal order); documents in first-seen order.</summary>
    public static IReadOnlyDictionary<string, List<GoldClaim>> LoadGold(IEnumerable<string> paths)
    {
        var gold = new OrderedDictionary<string, List<GoldClaim>>(StringComparer.Ordinal);
        foreach (var p in paths)
        {
            string[] files;
            if (File.Exists(p)) files = [p];
            else if (Directory.Exists(p)) files = Directory.GetFiles(p).Where(f => f.EndsWith(".gold.jsonl", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
            else throw new FileNotFoundException($"Gold path '{p}' does not exist. Give a *.gold.jsonl file or a folder of them (e.g. shared/eval/dev/gold).", p);
            foreach (var f in files)
            {
                // an empty gold file is an article with no claims: predictions there are false positives
                string fileDoc = Path.GetFileName(f).Split('.')[0];
                if (!gold.ContainsKey(fileDoc)) gold[fileDoc] = [];
                int n = 0;
                foreach (var raw in File.ReadLines(f))
                {
                    n++;
                    var line = raw.Trim();
                    if (line.Length == 0) continue;
                    GoldClaim g;
                    try
                    {
                        g = ParseGold(line);
                    }
                    catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
                    {
                        throw new InvalidDataException($"{f}:{n}: not a gold claim ({ex.Message}). Each line needs doc, type and speaker.", ex);
                    }
                    if (!gold.TryGetValue(g.Doc, out var list)) gold[g.Doc] = list = [];
                    list.Add(g);
                }
            }
        }
        return gold;
    }

    /// <summary>score.py's <c>load_pred</c>: the predicted claims of the gold documents, and the count of unreadable lines.</summary>
    public static (Dictionary<string, List<PredClaim>> Pred, int Bad) LoadPred(string path, IReadOnlyDictionary<string, List<GoldClaim>> gold)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Predicted claims file '{path}' does not exist. Run extract first (its --out folder holds claims.jsonl).", path);
        var pred = new Dictionary<string, List<PredClaim>>(StringComparer.Ordinal);
        int bad = 0, index = 0;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            PredClaim p;
            try
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.ValueKind != JsonValueKind.Object) { bad++; continue; }
                p = ParsePred(json.RootElement, index++);
            }
            catch (JsonException)
            {
                bad++;
                continue;
            }
            if (!gold.ContainsKey(p.Doc)) continue;
            if (!pred.TryGetValue(p.Doc, out var list)) pred[p.Doc] = list = [];
            list.Add(p);
        }
        return (pred, bad);
    }

    /// <summary>
    /// A gold claim from its strings (a reviewed claim, or a line of a gold file with its optional
    /// speaker_alt / target_alt spellings), its words normalised as score.py does.
    /// </summary>
    public static GoldClaim Gold(string doc, string type, string speaker, string? target, string? content, string? quote, string? cue,
        IEnumerable<string>? speakerAlts = null, IEnumerable<string>? targetAlts = null)
    {
        var speakerWords = ScoreWords.Words(speaker).Concat((speakerAlts ?? []).SelectMany(ScoreWords.Words)).ToList();
        var targetWords = ScoreWords.Words(target).Concat((targetAlts ?? []).SelectMany(ScoreWords.Words)).ToList();
        var contentWords = ScoreWords.Words(content);
        if (contentWords.Count == 0) contentWords = ScoreWords.Words(quote);
        return new GoldClaim(doc, type, speakerWords, !string.IsNullOrEmpty(target) && type != "statement", targetWords, contentWords, speaker, target, content, cue);
    }

    private static GoldClaim ParseGold(string line)
    {
        using var json = JsonDocument.Parse(line);
        var e = json.RootElement;
        return Gold(e.GetProperty("doc").GetString()!, e.GetProperty("type").GetString()!, e.GetProperty("speaker").GetString()!,
            Str(e, "target"), Str(e, "content"), Str(e, "quote"), Str(e, "cue"), Alts(e, "speaker_alt"), Alts(e, "target_alt"));
    }

    private static PredClaim ParsePred(JsonElement e, int index)
    {
        string? ArticleField(string name) => e.TryGetProperty("article", out var a) && a.ValueKind == JsonValueKind.Object ? Str(a, name) : null;
        string? type = null, typeKey = "?";
        if (e.TryGetProperty("type", out var t))
        {
            type = t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            typeKey = type ?? "\u0000" + t.GetRawText();
        }
        string? SpanText(string name) => e.TryGetProperty(name, out var s) && s.ValueKind == JsonValueKind.Object ? Str(s, "text") : null;
        return new PredClaim(
            PredClaim.DocOf(ArticleField("path"), ArticleField("url"), ArticleField("id")),
            type,
            typeKey,
            Mention(e, "speaker"),
            Mention(e, "target"),
            [.. ScoreWords.Words(SpanText("content")), .. ScoreWords.Words(SpanText("quote"))],
            index);
    }

    /// <summary>score.py's <c>mention_words</c>: a string mention's words, or an object's text and canonical name.</summary>
    private static List<string> Mention(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var m)) return [];
        return m.ValueKind switch
        {
            JsonValueKind.String => ScoreWords.Words(m.GetString()),
            JsonValueKind.Object => PredClaim.MentionWords(Str(m, "text"), Str(m, "canonical")),
            _ => [],
        };
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<string> Alts(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)
            : [];
}
