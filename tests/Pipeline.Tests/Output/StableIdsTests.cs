using Pipeline.Output;

namespace Pipeline.Tests.Output;

/// <summary>Ids depend only on content, so re-runs keep them.</summary>
public class StableIdsTests
{
    [Test]
    public void Same_text_gives_the_same_article_id()
    {
        Assert.That(StableIds.Article("نفت الصين الاتهامات."), Is.EqualTo(StableIds.Article("نفت الصين الاتهامات.")));
    }

    [TestCase("نفت الصين الاتهامات.", "نفت الصين الاتهامات")]
    [TestCase("نفت الصين الاتهامات.", "نفت الصين الاتهامات. ")]
    public void Different_text_gives_a_different_article_id(string a, string b)
    {
        Assert.That(StableIds.Article(a), Is.Not.EqualTo(StableIds.Article(b)));
    }

    [Test]
    public void Claim_id_changes_with_each_of_its_parts()
    {
        var id = StableIds.Claim("a-1", "denial", 0, 5, 6, 7, 20);
        Assert.That(id, Does.Match("^c-[0-9a-f]{12}$"));
        Assert.That(new[]
        {
            StableIds.Claim("a-2", "denial", 0, 5, 6, 7, 20),
            StableIds.Claim("a-1", "statement", 0, 5, 6, 7, 20),
            StableIds.Claim("a-1", "denial", 1, 5, 6, 7, 20),
            StableIds.Claim("a-1", "denial", 0, 5, 7, 7, 20),
            StableIds.Claim("a-1", "denial", 0, 5, 6, 7, 21),
        }, Has.None.EqualTo(id));
    }

    /// <summary>Pinned to SHA-256 of the UTF-8 text (python3 hashlib), so that ids never change between builds.</summary>
    [TestCase("نفت الصين الاتهامات.", 1, "a-64ded610c63f21f4")]
    [TestCase("نفت الصين الاتهامات. ", 100, "a-2f75b8264a7daef8")]
    public void Article_id_is_the_start_of_the_sha256_of_the_utf8_text(string text, int repeat, string expected)
    {
        Assert.That(StableIds.Article(string.Concat(Enumerable.Repeat(text, repeat))), Is.EqualTo(expected));
    }

    [Test]
    public void Claim_id_is_the_start_of_the_sha256_of_its_key()
    {
        Assert.That(StableIds.Claim("a-1", "denial", 0, 5, 6, 7, 20), Is.EqualTo("c-c25b4b774454"));
    }

    [Test]
    public void Claim_id_with_a_key_longer_than_the_stack_buffer_is_hashed_the_same_way()
    {
        var article = new string('x', 300);
        var key = $"{article}|denial|0:5|6|7:20";
        var expected = "c-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..12];
        Assert.That(StableIds.Claim(article, "denial", 0, 5, 6, 7, 20), Is.EqualTo(expected));
    }
}
