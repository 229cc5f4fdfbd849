using System.Text;
using CsvHelper;
using Pipeline.Review;

namespace Pipeline.Tests.Review;

/// <summary>
/// Edits a review sheet the way a person in a spreadsheet does: reads every cell as text (the
/// formula escape stays, as spreadsheets keep it), changes cells, and saves with the separator
/// and encoding a spreadsheet would use.
/// </summary>
public sealed class SheetEditor
{
    private SheetEditor(List<string> header, List<List<string>> rows)
    {
        Header = header;
        Rows = rows;
    }

    public List<string> Header { get; }

    public List<List<string>> Rows { get; }

    public static SheetEditor Load(string path)
    {
        var (text, _) = CsvTextDecoder.Decode(path, File.ReadAllBytes(path));
        using var reader = CsvReader.FromText(text, CsvReaderOptions.Default with { Separator = CsvTextDecoder.DetectSeparator(text), TrimWhitespace = false });
        var header = reader.Headers.ToList();
        var rows = new List<List<string>>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList());
        return new SheetEditor(header, rows);
    }

    public string Get(string id, string column) => Row(id)[Header.IndexOf(column)];

    public SheetEditor Set(string id, string column, string value)
    {
        Row(id)[Header.IndexOf(column)] = value;
        return this;
    }

    public List<string> Row(string id) => Rows.Single(r => r[Header.IndexOf(ReviewColumns.Id)] == id);

    /// <summary>Saves as "CSV UTF-8" (BOM) by default; pass another encoding or separator for the other spreadsheet formats.</summary>
    public void Save(string path, char separator = ',', Encoding? encoding = null)
    {
        using var writer = new StreamWriter(path, false, encoding ?? new UTF8Encoding(true));
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default with { Separator = separator });
        csv.WriteRecord(Header.ToArray());
        foreach (var row in Rows) csv.WriteRecord(row.ToArray());
    }
}
