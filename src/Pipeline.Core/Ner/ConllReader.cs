namespace Pipeline.Ner;

/// <summary>One sentence of a CoNLL-style file: the tokens and their tags (empty tags when untagged).</summary>
public sealed record ConllSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags)
{
    public int Count => Tokens.Count;
}

/// <summary>
/// Reads <c>TOKEN TAG</c> files (one token a line, white-space separated, a blank line between
/// sentences; ANERcorp's format). The tag is the last column, the token the first.
/// </summary>
public static class ConllReader
{
    public static List<ConllSentence> Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"CoNLL file '{Path.GetFullPath(path)}' does not exist. Pass a `TOKEN TAG` file (e.g. anercorp.train.txt).", path);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Parse(reader, path);
    }

    public static List<ConllSentence> Parse(TextReader reader, string source = "<text>")
    {
        var sentences = new List<ConllSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                Flush();
                continue;
            }
            if (parts.Length < 2)
                throw new InvalidDataException($"{source}:{lineNo}: expected `TOKEN TAG`, found '{line}'. Every non-blank line needs a token and a tag.");
            if (!NerTags.IsKnown(parts[^1]))
                throw new InvalidDataException($"{source}:{lineNo}: unknown tag '{parts[^1]}'. Expected one of: {string.Join(' ', NerTags.All)}.");
            tokens.Add(parts[0]);
            tags.Add(parts[^1]);
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count == 0) return;
            sentences.Add(new ConllSentence(tokens.ToArray(), tags.ToArray()));
            tokens.Clear();
            tags.Clear();
        }
    }
}
