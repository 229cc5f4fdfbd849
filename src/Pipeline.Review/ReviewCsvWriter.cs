using System.Globalization;
using CsvHelper;
using Pipeline.Output;

namespace Pipeline.Review;

/// <summary>
/// Writes the review sheet with CsvHelper so that Excel and LibreOffice open it as it is: UTF-8 with
/// a BOM (how Excel recognises UTF-8, keeping Arabic intact), RFC 4180 quoting with CRLF records and
/// line breaks kept inside quoted cells, and no cell that can run as a formula.
/// </summary>
public static class ReviewCsvWriter
{
    public static CsvWriterOptions Options(char separator) => CsvWriterOptions.Default with
    {
        Separator = separator,
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        // CsvHelper's escape: a leading ' before = + - @ tab CR (FormulaGuard.Triggers); FormulaGuard.Restore undoes it.
        Injection = CsvInjection.Escape,
        InjectionEscape = FormulaGuard.Escape,
        InjectionCharacters = new string(FormulaGuard.Triggers),
    };

    public static void Write(string csvPath, IReadOnlyList<ClaimRecord> claims, IReadOnlyDictionary<string, ArticleRecord> articles, char separator)
    {
        using var stream = new FileStream(csvPath, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(stream, claims, articles, separator);
    }

    public static void Write(Stream stream, IReadOnlyList<ClaimRecord> claims, IReadOnlyDictionary<string, ArticleRecord> articles, char separator)
    {
        using var csv = CsvWriter.Create(stream, Options(separator), leaveOpen: true);
        csv.WriteHeader(ReviewColumns.All.ToArray());
        foreach (var c in claims)
        {
            articles.TryGetValue(c.Article.Id, out var article);
            csv.WriteField(c.Id);
            csv.WriteField(article?.Title ?? c.Article.Title ?? "");
            csv.WriteField(article?.Url ?? c.Article.Url ?? article?.Path ?? c.Article.Path ?? c.Article.Id);
            csv.WriteField(c.Sentence.Text);
            csv.WriteField(c.Type);
            csv.WriteField(c.Speaker.Text);
            csv.WriteField(c.Target?.Text ?? "");
            csv.WriteField(c.Content?.Text ?? "");
            csv.WriteField(c.Quote?.Text ?? "");
            csv.WriteField(c.Confidence.ToString("0.###", CultureInfo.InvariantCulture));
            // The reviewer's columns start empty.
            for (int i = ReviewColumns.All.Count - 7; i < ReviewColumns.All.Count; i++) csv.WriteField("");
            csv.EndRecord();
        }
        csv.Flush();
    }
}
