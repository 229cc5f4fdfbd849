using CsvHelper;

namespace Pipeline.Review;

/// <summary>One data row of a review sheet; <see cref="Row"/> is the spreadsheet's row number (header = 1).</summary>
public sealed record ReviewRow(int Row, IReadOnlyDictionary<string, string> Cells)
{
    /// <summary>The cell under <paramref name="column"/>, formula escape undone and trimmed; null when blank or absent.</summary>
    public string? Get(string column) =>
        Cells.TryGetValue(column, out var v) && FormulaGuard.Restore(v).Trim() is { Length: > 0 } s ? s : null;
}

/// <summary>
/// A review sheet read back from whatever the spreadsheet saved (see <see cref="CsvTextDecoder"/>):
/// columns matched by header name, case-insensitively, in any order, extra columns ignored.
/// </summary>
public sealed record ReviewSheet(string Path, char Separator, string EncodingName, IReadOnlyList<ReviewRow> Rows)
{
    public static ReviewSheet Read(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
            throw new ReviewInputException(path, "file not found; pass the review sheet written by `review export` (saved as CSV).");
        var (text, encoding) = CsvTextDecoder.Decode(path, File.ReadAllBytes(path));
        char separator = CsvTextDecoder.DetectSeparator(text);
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            MalformedData = CsvMalformedDataHandling.Throw,
            TrimWhitespace = false,
        };

        var rows = new List<ReviewRow>();
        using var reader = CsvReader.FromText(text, options);
        try
        {
            var header = reader.Headers.Select(HeaderKey).ToArray();
            foreach (var required in ReviewColumns.Required)
            {
                if (!header.Contains(required))
                    throw new ReviewInputException(path,
                        $"no '{required}' column in the header ({string.Join(", ", header)}); keep the header row of `review export` (columns may be reordered).");
            }
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                for (int i = 0; i < header.Length && i < reader.FieldCount; i++)
                    cells.TryAdd(header[i], reader.GetString(i));
                if (cells.Values.All(string.IsNullOrWhiteSpace)) continue;
                // The spreadsheet's row number: the header is row 1.
                rows.Add(new ReviewRow((int)reader.RowNumber + 1, cells));
            }
        }
        catch (CsvFormatException ex)
        {
            throw new ReviewInputException(path, $"row {ex.RecordNumber} is not valid CSV ({ex.Message}); save the sheet again as CSV from the spreadsheet.", ex);
        }
        return new ReviewSheet(path, separator, encoding.WebName, rows);
    }

    /// <summary>"Fixed Speaker", " FIXED_SPEAKER " and "fixed_speaker" all name the same column.</summary>
    private static string HeaderKey(string header) =>
        header.Trim().Trim('\uFEFF').Trim().Replace(' ', '_').ToLowerInvariant();
}
