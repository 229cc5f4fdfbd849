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
}
