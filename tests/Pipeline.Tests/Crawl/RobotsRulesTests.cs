using Pipeline.Crawl.Robots;

namespace Pipeline.Tests.Crawl;

public class RobotsRulesTests
{
    private const string Robots = """
        # comments are ignored
        User-agent: OtherBot
        Disallow: /

        User-agent: TestBot
        User-agent: FriendBot
        Disallow: /private/
        Allow: /private/open.html
        Disallow: /*.pdf$
        Disallow: /search?
        Crawl-delay: 2.5

        User-agent: *
        Disallow: /
        """;

    [TestCase("/news/1.html", true)]
    [TestCase("/private/x.html", false)]
    [TestCase("/private/open.html", true)]
    [TestCase("/files/report.pdf", false)]
    [TestCase("/files/report.pdf?x=1", true)]
    [TestCase("/search?q=غزة", false)]
    [TestCase("/search", true)]
    public void Our_group_decides_each_path(string path, bool allowed) =>
        Assert.That(RobotsRules.Parse(Robots, "TestBot/1.0 (+https://example.org)").IsAllowed(path), Is.EqualTo(allowed));

    [Test]
    public void Crawl_delay_of_our_group_is_read() =>
        Assert.That(RobotsRules.Parse(Robots, "TestBot/1.0").CrawlDelay, Is.EqualTo(TimeSpan.FromSeconds(2.5)));

    [Test]
    public void An_agent_without_its_own_group_falls_back_to_the_star_group() =>
        Assert.That(RobotsRules.Parse(Robots, "UnknownBot/2").IsAllowed("/news/1.html"), Is.False);

    [Test]
    public void A_user_agent_named_in_a_shared_group_gets_that_group() =>
        Assert.That(RobotsRules.Parse(Robots, "friendbot").IsAllowed("/news/1.html"), Is.True);

    [TestCase("")]
    [TestCase("garbage without colons\n\n\n")]
    [TestCase("Disallow: /before-any-agent")]
    public void Empty_or_meaningless_files_allow_everything(string text) =>
        Assert.That(RobotsRules.Parse(text, "TestBot").IsAllowed("/anything"), Is.True);
}
