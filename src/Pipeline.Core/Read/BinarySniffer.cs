namespace Pipeline.Read;

/// <summary>
/// Cheap checks that tell binary files (images, PDFs, archives, office files) from text, so the
/// read stage can reject them with a clear reason instead of feeding garbage to the extractor.
/// </summary>
internal static class BinarySniffer
{
    /// <summary>How many leading bytes or characters the checks look at.</summary>
    private const int Window = 64 * 1024;

    /// <summary>True when a NUL byte occurs near the start; text in single-byte or UTF-8 encodings never has one.</summary>
    public static bool HasNulBytes(ReadOnlySpan<byte> bytes) =>
        bytes[..Math.Min(bytes.Length, Window)].IndexOf((byte)0) >= 0;

    /// <summary>
    /// True when more than 5% of the first characters are C0/C1 control characters other than
    /// tab, newline, carriage return and form feed: what binary data looks like after decoding.
    /// </summary>
    public static bool IsMostlyControlCharacters(string text)
    {
        int length = Math.Min(text.Length, Window);
        if (length == 0) return false;
        int controls = 0;
        for (int i = 0; i < length; i++)
        {
            char c = text[i];
            if (c is '\t' or '\n' or '\r' or '\f') continue;
            if (c < 0x20 || c is >= '\u007F' and <= '\u009F' || c == '\uFFFD') controls++;
        }
        return controls > length * 0.05;
    }
}
