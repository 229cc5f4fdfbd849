using System.Text;

namespace Pipeline.Read;

/// <summary>
/// The text of an input and the encoding it was read with; <see cref="Replaced"/> counts the bytes that
/// were not valid text (stray bytes in UTF-8, stray NULs) and became U+FFFD.
/// </summary>
public sealed record DecodedText(string Text, EncodingChoice Encoding, int Replaced = 0);

/// <summary>
/// The read stage: turns the bytes of one input into text with the right encoding and \n line
/// endings, or rejects it (empty, oversized, binary, undecodable) with a reason that says what to do.
/// Like a browser, it does not throw a page away for a few bad bytes: UTF-8 with at most 1 % invalid
/// bytes (and stray NULs up to 1 %) is read with U+FFFD in their place, and the count is reported.
/// </summary>
public static class TextDecoder
{
    /// <summary>The default size limit (20 MB); see <c>Pipeline:MaxInputBytes</c>.</summary>
    public const long DefaultMaxInputBytes = 20L * 1024 * 1024;

    /// <summary>Decodes the input; <paramref name="looksLikeHtml"/> allows the &lt;meta charset&gt; declaration.</summary>
    public static DecodedText Decode(RawInput input, bool looksLikeHtml, long maxInputBytes = DefaultMaxInputBytes)
    {
        var bytes = input.Bytes;
        if (bytes.Length == 0)
            throw Reject("the input is empty (0 bytes); check that the file was saved or downloaded completely");
        if (bytes.LongLength > maxInputBytes)
            throw Reject($"the input is {Megabytes(bytes.LongLength)} MB, over the {Megabytes(maxInputBytes)} MB limit; " +
                         "split it or raise Pipeline:MaxInputBytes");

        var bom = EncodingDetector.FromByteOrderMark(bytes);
        if (bom is not null) return Finish(Strictly(bytes, bom), bom);
        if (BinarySniffer.HasNulBytes(bytes) && bytes.AsSpan().Count((byte)0) > Tolerated(bytes.Length))
            throw Reject("the input contains NUL bytes, so it is binary (or UTF-16 without a byte-order mark); " +
                         "give a text or HTML file saved as UTF-8");

        foreach (var declared in new[] { EncodingDetector.FromContentType(input.ContentType),
                                         looksLikeHtml ? EncodingDetector.FromMetaTag(bytes) : null })
        {
            // A wrong declaration (pages labelled UTF-8 but saved as windows-1256) falls through to detection.
            if (declared is not null && TryStrictly(bytes, declared) is { } text) return Finish(text, declared);
        }

        if (EncodingDetector.FromValidUtf8(bytes) is { } utf8) return Finish(Strictly(bytes, utf8), utf8);
        // UTF-8 but for a few stray bytes (a cut-and-paste, a broken proxy): read as a browser does. Legacy
        // Arabic text has few valid multi-byte UTF-8 sequences, so it does not pass for this.
        var (invalid, multiByte) = Utf8Scan.Count(bytes);
        if (invalid <= Tolerated(bytes.Length) && multiByte >= 10 * invalid)
            return Finish(Encoding.UTF8.GetString(bytes), new EncodingChoice(Encoding.UTF8, EncodingSource.Utf8WithErrors), invalid);
        if (EncodingDetector.Detect(bytes, out var guess) is { } detected && TryStrictly(bytes, detected) is { } legacy)
            return Finish(legacy, detected);
        throw Reject($"the bytes are not valid UTF-8 and not windows-1256 or iso-8859-6 (detector guess: {guess ?? "none"}); " +
                     "save the file as UTF-8 or declare its charset in a <meta charset> tag");
    }

    /// <summary>How many bad bytes an input of <paramref name="length"/> bytes may have and still be read: 1 %.</summary>
    public static int Tolerated(int length) => length / 100;

    /// <summary>Normalises line endings to \n, drops a stray BOM character, replaces stray NULs and checks that the text is text.</summary>
    private static DecodedText Finish(string text, EncodingChoice encoding, int replaced = 0)
    {
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        int nuls = text.AsSpan().Count('\0');
        if (nuls > 0)
        {
            text = text.Replace('\0', '\uFFFD');
            replaced += nuls;
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (BinarySniffer.IsMostlyControlCharacters(text))
            throw Reject($"the input decoded as {encoding.Encoding.WebName} is mostly control characters, so it is binary; " +
                         "give a text or HTML file");
        if (string.IsNullOrWhiteSpace(text))
            throw Reject("the input holds only whitespace; check that the file was saved completely");
        return new DecodedText(text, encoding, replaced);
    }

    private static string Strictly(byte[] bytes, EncodingChoice choice) =>
        TryStrictly(bytes, choice) ?? throw Reject(
            $"the bytes are not valid {choice.Encoding.WebName} although the {Describe(choice.Source)} says so; " +
            "re-save the file in the encoding it declares (UTF-8 is best)");

    private static string? TryStrictly(byte[] bytes, EncodingChoice choice)
    {
        try
        {
            return choice.Encoding.GetString(bytes, choice.Skip, bytes.Length - choice.Skip);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string Describe(EncodingSource source) => source switch
    {
        EncodingSource.ByteOrderMark => "byte-order mark",
        EncodingSource.ContentType => "Content-Type header",
        EncodingSource.MetaTag => "<meta charset> tag",
        _ => "detector",
    };

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static ArticleRejectedException Reject(string reason) => new("read", reason);
}
