using System.Text;
using Pipeline.Read;
using Pipeline.Text;

namespace Pipeline.Extract;

/// <summary>
/// PLACEHOLDER (to be replaced by the read/extract work): decodes UTF-8 and takes .txt files whole.
/// </summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    public ExtractedArticle Extract(RawInput input, CancellationToken cancellationToken)
    {
        if (input.Bytes.Length == 0) throw new ArticleRejectedException("read", "the file is empty");
        string text = new UTF8Encoding(false, true).GetString(input.Bytes).Replace("\r\n", "\n").Trim();
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        string title = text.Split('\n', 2)[0].Trim();
        return new ExtractedArticle(text, new ArticleMeta { Path = input.Path, Url = input.Url, Title = title });
    }
}
