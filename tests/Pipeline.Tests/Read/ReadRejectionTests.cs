using System.Text;
using Pipeline.Extract;
using Pipeline.Read;

namespace Pipeline.Tests.Read;

public class ReadRejectionTests
{
    private static ArticleRejectedException Rejection(byte[] bytes, long maxBytes = TextDecoder.DefaultMaxInputBytes, string path = "a.txt") =>
        Assert.Throws<ArticleRejectedException>(() => TextDecoder.Decode(new RawInput(path, null, bytes), false, maxBytes))!;

    [Test]
    public void Empty_input_is_rejected_by_the_read_stage()
    {
        var e = Rejection([]);
        Assert.That(e.Stage, Is.EqualTo("read"));
        Assert.That(e.Reason, Does.Contain("empty"));
    }

    [Test]
    public void Whitespace_only_input_is_rejected() =>
        Assert.That(Rejection(Encoding.UTF8.GetBytes(" \n\t \r\n")).Reason, Does.Contain("whitespace"));

    [Test]
    public void Binary_input_with_nul_bytes_is_rejected()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        Assert.That(Rejection(png).Reason, Does.Contain("binary"));
    }

    [Test]
    public void Control_characters_mark_input_as_binary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 2 == 0 ? 0x01 : 'a')).ToArray();
        Assert.That(Rejection(bytes).Reason, Does.Contain("binary"));
    }

    [Test]
    public void Invalid_utf8_that_is_no_known_encoding_is_rejected_with_the_fix()
    {
        var bytes = Encoding.ASCII.GetBytes("The report said that the minister denied it ")
            .Concat(new byte[] { 0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1 }).ToArray();
        var e = Rejection(bytes);
        Assert.That(e.Reason, Does.Contain("not valid UTF-8").And.Contain("save the file as UTF-8"));
    }

    [Test]
    public void Input_over_the_size_limit_is_rejected_before_decoding()
    {
        var e = Rejection(Encoding.UTF8.GetBytes(new string('ا', 100)), maxBytes: 100);
        Assert.That(e.Reason, Does.Contain("limit").And.Contain("MaxInputBytes"));
    }

    [Test]
    public void A_25_MB_page_is_rejected_without_being_parsed()
    {
        var bytes = new byte[25 * 1024 * 1024];
        Array.Fill(bytes, (byte)'a');
        Encoding.ASCII.GetBytes("<html><body><p>").CopyTo(bytes, 0);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var e = Assert.Throws<ArticleRejectedException>(() =>
            new ArticleExtractor().Extract(new RawInput("big.html", null, bytes), CancellationToken.None))!;
        Assert.That(e.Stage, Is.EqualTo("read"));
        Assert.That(e.Reason, Does.Contain("25 MB"));
        Assert.That(watch.ElapsedMilliseconds, Is.LessThan(1000));
    }

    [Test]
    public void Random_bytes_are_rejected_or_read_but_never_crash()
    {
        var random = new Random(1234);
        for (int i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(1, 600)];
            random.NextBytes(bytes);
            try
            {
                new ArticleExtractor().Extract(new RawInput(i % 2 == 0 ? "r.html" : "r.txt", null, bytes), CancellationToken.None);
            }
            catch (ArticleRejectedException)
            {
                // rejecting garbage is the expected outcome
            }
        }
        Assert.Pass();
    }
}
