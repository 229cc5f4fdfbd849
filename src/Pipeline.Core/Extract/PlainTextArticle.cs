using System.Text.RegularExpressions;
using Pipeline.Read;
using Pipeline.Text;

namespace Pipeline.Extract;

/// <summary>
/// Builds the article from a plain-text file: the title is the first non-empty line, and the text
/// keeps it as its first line followed by the body paragraphs, one per line, whitespace collapsed.
/// </summary>
internal static partial class PlainTextArticle
{
    [GeneratedRegex(@"[ \t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]+")]
    private static partial Regex Spaces();

    /// <summary>Creates the article from decoded text; rejects text with no non-blank line.</summary>
    public static ExtractedArticle Build(string text, RawInput input)
    {
        var lines = Lines(text);
        if (lines.Count == 0)
            throw new ArticleRejectedException("extract", "the text file has no non-empty line; give a file with a title line and paragraphs");
        var meta = new ArticleMeta { Path = input.Path, Url = input.Url, Title = lines[0] };
        return new ExtractedArticle(string.Join('\n', lines), meta);
    }

    /// <summary>The non-empty lines of the text, trimmed, with runs of spaces collapsed to one.</summary>
    public static List<string> Lines(string text)
    {
        var lines = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            string line = Spaces().Replace(raw, " ").Trim();
            if (line.Length > 0) lines.Add(line);
        }
        return lines;
    }
}
