using System.Text;

namespace Pipeline.Review;

/// <summary>
/// Decodes a review sheet as a spreadsheet saved it: UTF-8 with or without BOM ("CSV UTF-8"), or
/// UTF-16 LE/BE (Excel's "Unicode text"), told apart by the BOM or, without one, by where the zero
/// bytes fall. Anything else (an ANSI code page, which loses Arabic) is refused with the fix.
/// </summary>
public static class CsvTextDecoder
{
    public static (string Text, Encoding Encoding) Decode(string path, byte[] bytes)
    {
        var (encoding, skip) = Detect(bytes);
        try
        {
            return (encoding.GetString(bytes, skip, bytes.Length - skip), encoding);
        }
        catch (DecoderFallbackException ex)
        {
            throw new ReviewInputException(path,
                $"the sheet is not UTF-8 or UTF-16 text ({ex.Message}); save it again as \"CSV UTF-8\" or \"Unicode text\" and import that file.", ex);
        }
    }

    /// <summary>The encoding and the length of its byte-order mark (0 when there is none).</summary>
    public static (Encoding Encoding, int BomLength) Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (new UTF8Encoding(false, true), 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (new UnicodeEncoding(false, false, true), 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (new UnicodeEncoding(true, false, true), 2);

        // Without a BOM, UTF-16 shows itself by zero high bytes: the header row is ASCII.
        int pairs = Math.Min(bytes.Length, 4096) / 2, zeroOdd = 0, zeroEven = 0;
        for (int i = 0; i < pairs; i++)
        {
            if (bytes[2 * i] == 0) zeroEven++;
            if (bytes[2 * i + 1] == 0) zeroOdd++;
        }
        if (pairs > 0 && zeroOdd > pairs / 3 && zeroEven < zeroOdd / 10) return (new UnicodeEncoding(false, false, true), 0);
        if (pairs > 0 && zeroEven > pairs / 3 && zeroOdd < zeroEven / 10) return (new UnicodeEncoding(true, false, true), 0);
        return (new UTF8Encoding(false, true), 0);
    }

    /// <summary>
    /// The separator of a sheet whose header row is known: the one of , ; tab that splits the first
    /// line into the most fields. Hand-written because the header is the only reliable line; the
    /// cells below hold free text full of commas and semicolons.
    /// </summary>
    public static char DetectSeparator(string text)
    {
        int end = text.IndexOf('\n');
        var header = end < 0 ? text : text[..end];
        char best = ',';
        int bestCount = 0;
        foreach (var d in new[] { ',', ';', '\t' })
        {
            int count = CountOutsideQuotes(header, d);
            if (count > bestCount) (best, bestCount) = (d, count);
        }
        return best;
    }

    private static int CountOutsideQuotes(string line, char c)
    {
        int count = 0;
        bool quoted = false;
        foreach (char ch in line)
        {
            if (ch == '"') quoted = !quoted;
            else if (ch == c && !quoted) count++;
        }
        return count;
    }
}
