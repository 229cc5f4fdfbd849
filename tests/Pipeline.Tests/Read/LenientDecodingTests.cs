using System.Text;
using Pipeline.Extract;
using Pipeline.Read;

namespace Pipeline.Tests.Read;

public class LenientDecodingTests
{
    private static readonly string Arabic = string.Concat(Enumerable.Repeat("نفت الوزارة في بيان صحة الأنباء عن رفع أسعار الوقود. ", 40));

    private static byte[] WithBytesAt(byte[] bytes, int at, params byte[] stray) => [.. bytes[..at], .. stray, .. bytes[at..]];

    [Test]
    public void A_page_declared_utf8_with_one_stray_byte_pair_is_read_with_replacements()
    {
        var page = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"utf-8\"></head><body><p>{Arabic}</p></body></html>");
        var bytes = WithBytesAt(page, page.Length / 2 - (page.Length / 2) % 2 + 1, 0xFF, 0xFE);
        var decoded = TextDecoder.Decode(new RawInput("p.html", null, bytes), looksLikeHtml: true);
        Assert.That(decoded.Replaced, Is.EqualTo(2));
        Assert.That(decoded.Text, Does.Contain("\uFFFD"));
        Assert.That(decoded.Text, Does.Contain("نفت الوزارة"));
        Assert.That(decoded.Encoding.Source, Is.EqualTo(EncodingSource.Utf8WithErrors));
    }

    [Test]
    public void Stray_nul_bytes_in_a_text_file_become_replacement_characters()
    {
        var text = Encoding.UTF8.GetBytes(Arabic);
        var bytes = WithBytesAt(text, Encoding.UTF8.GetByteCount(Arabic[..4]), 0x00); // between two characters
        var decoded = TextDecoder.Decode(new RawInput("a.txt", null, bytes), looksLikeHtml: false);
        Assert.That(decoded.Replaced, Is.EqualTo(1));
        Assert.That(decoded.Text.IndexOf('\0'), Is.EqualTo(-1), "no NUL is left");
        Assert.That(decoded.Text.IndexOf('\uFFFD'), Is.EqualTo(4));
    }

    [Test]
    public void More_than_one_percent_of_bad_bytes_is_still_a_reject()
    {
        var text = Encoding.UTF8.GetBytes(Arabic);
        var bytes = text.ToArray();
        for (int i = 0; i < bytes.Length; i += 50) bytes[i] = 0xFF;
        var e = Assert.Throws<ArticleRejectedException>(() => TextDecoder.Decode(new RawInput("a.txt", null, bytes), false))!;
        Assert.That(e.Stage, Is.EqualTo("read"));
    }

    [Test]
    public void Windows_1256_text_is_not_taken_for_broken_utf8()
    {
        CharsetLabels.EnsureRegistered();
        var bytes = Encoding.GetEncoding(1256).GetBytes(Arabic);
        var decoded = TextDecoder.Decode(new RawInput("a.txt", null, bytes), false);
        Assert.That(decoded.Replaced, Is.Zero);
        Assert.That(decoded.Text, Does.Contain("نفت الوزارة"));
    }

    [Test]
    public void The_replaced_count_reaches_the_article_so_the_batch_can_warn()
    {
        var bytes = WithBytesAt(Encoding.UTF8.GetBytes(Arabic), Encoding.UTF8.GetByteCount(Arabic[..4]), 0xC3);
        var article = new ArticleExtractor().Extract(new RawInput("a.txt", null, bytes), CancellationToken.None);
        Assert.That(article.Meta.ReplacedBytes, Is.EqualTo(1));
    }

    [TestCase(new byte[] { 0x61, 0x62 }, 0, 0)]
    [TestCase(new byte[] { 0xD9, 0x86, 0x61 }, 0, 1)]
    [TestCase(new byte[] { 0xFF, 0x61, 0xFE }, 2, 0)]
    [TestCase(new byte[] { 0x61, 0xD9 }, 1, 0)]
    public void Utf8_scan_counts_invalid_bytes_and_multibyte_sequences(byte[] bytes, int invalid, int multiByte) =>
        Assert.That(Utf8Scan.Count(bytes), Is.EqualTo((invalid, multiByte)));
}
