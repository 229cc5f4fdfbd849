using Pipeline.Lexicons;

namespace Pipeline.Tests.Lexicons;

public class KeyFilterTests
{
    [TestCase("الصين")]
    [TestCase("وزير")]
    [TestCase("ا")]
    public void Every_key_may_be_contained(string key) =>
        Assert.That(new KeyFilter(["الصين", "وزير", "ا", "بيان"]).MayContain(key), Is.True);

    [Test]
    public void Random_keys_are_never_refused()
    {
        var random = new Random(11);
        var keys = Enumerable.Range(0, 2000).Select(_ => new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => (char)random.Next(0x0621, 0x064B)).ToArray())).ToList();
        var filter = new KeyFilter(keys);
        Assert.That(keys.Where(k => !filter.MayContain(k)), Is.Empty);
    }

    [Test]
    public void Most_other_words_are_turned_away()
    {
        var filter = new KeyFilter(["الصين", "وزير", "بيان", "حكومه"]);
        string[] others = ["قال", "المتحدث", "باسم", "الخارجيه", "في", "مؤتمر", "صحفي", "اليوم"];
        Assert.That(others.Count(o => filter.MayContain(o)), Is.LessThanOrEqualTo(1));
    }

    [Test]
    public void Empty_key_is_contained_only_when_given() =>
        Assert.That((new KeyFilter([""]).MayContain(""), new KeyFilter(["ا"]).MayContain("")), Is.EqualTo((true, false)));
}
