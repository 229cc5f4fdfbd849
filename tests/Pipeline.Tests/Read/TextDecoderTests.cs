using System.Text;
using Pipeline.Read;

namespace Pipeline.Tests.Read;

public class TextDecoderTests
{
    private const string Arabic =
        "نفت وزارة الخارجية، في بيان رسمي صدر مساء الثلاثاء، الاتهامات التي وجهتها الحكومة المجاورة بشأن دعم الجماعات المسلحة على الحدود، " +
        "وقال المتحدث باسم الوزارة إن هذه الادعاءات لا أساس لها من الصحة، داعيا إلى الحوار واحترام السيادة الوطنية وحسن الجوار بين البلدين.";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static DecodedText Decode(byte[] bytes, bool html = false, string? contentType = null) =>
        TextDecoder.Decode(new RawInput("x", null, bytes, contentType), html);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    [Test]
    public void Utf8_without_bom_is_read_as_utf8() =>
        Assert.That(Decode(Encoding.UTF8.GetBytes(Arabic)).Text, Is.EqualTo(Arabic));

    [Test]
    public void Utf8_bom_is_used_and_removed()
    {
        var decoded = Decode(Concat([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes(Arabic)));
        Assert.That(decoded.Text, Is.EqualTo(Arabic));
        Assert.That(decoded.Encoding.Source, Is.EqualTo(EncodingSource.ByteOrderMark));
    }

    [TestCase("utf-16LE")]
    [TestCase("utf-16BE")]
    public void Utf16_with_bom_is_read_in_its_byte_order(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var bytes = Concat(encoding.GetPreamble(), encoding.GetBytes(Arabic));
        Assert.That(Decode(bytes).Text, Is.EqualTo(Arabic));
    }

    [Test]
    public void Windows_1256_page_with_meta_charset_is_read_as_windows_1256()
    {
        string page = $"<html><head><meta charset=\"windows-1256\"></head><body><p>{Arabic}</p></body></html>";
        var decoded = Decode(Encoding.GetEncoding(1256).GetBytes(page), html: true);
        Assert.That(decoded.Text, Is.EqualTo(page));
        Assert.That(decoded.Encoding.Source, Is.EqualTo(EncodingSource.MetaTag));
    }

    [Test]
    public void Http_equiv_content_type_declares_the_charset()
    {
        string page = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"></head><body>{Arabic}</body></html>";
        Assert.That(Decode(Encoding.GetEncoding(1256).GetBytes(page), html: true).Text, Is.EqualTo(page));
    }

    [Test]
    public void Http_content_type_charset_is_used_when_given()
    {
        var decoded = Decode(Encoding.GetEncoding(1256).GetBytes(Arabic), contentType: "text/plain; charset=windows-1256");
        Assert.That(decoded.Text, Is.EqualTo(Arabic));
        Assert.That(decoded.Encoding.Source, Is.EqualTo(EncodingSource.ContentType));
    }

    [Test]
    public void Windows_1256_without_declaration_is_detected()
    {
        var decoded = Decode(Encoding.GetEncoding(1256).GetBytes(Arabic + "\n" + Arabic));
        Assert.That(decoded.Text, Is.EqualTo(Arabic + "\n" + Arabic));
        Assert.That(decoded.Encoding.Source, Is.EqualTo(EncodingSource.Detected));
    }

    [Test]
    public void Iso_8859_6_without_declaration_is_detected()
    {
        var decoded = Decode(Encoding.GetEncoding("iso-8859-6").GetBytes(Arabic + "\n" + Arabic));
        Assert.That(decoded.Text, Is.EqualTo(Arabic + "\n" + Arabic));
    }

    [Test]
    public void Page_declared_utf8_but_saved_as_windows_1256_is_still_read()
    {
        string page = $"<html><head><meta charset=\"utf-8\"></head><body><p>{Arabic}</p><p>{Arabic}</p></body></html>";
        Assert.That(Decode(Encoding.GetEncoding(1256).GetBytes(page), html: true).Text, Is.EqualTo(page));
    }

    [Test]
    public void Line_endings_become_newlines()
    {
        var decoded = Decode(Encoding.UTF8.GetBytes("سطر أول\r\nسطر ثان\rسطر ثالث"));
        Assert.That(decoded.Text, Is.EqualTo("سطر أول\nسطر ثان\nسطر ثالث"));
    }
}
