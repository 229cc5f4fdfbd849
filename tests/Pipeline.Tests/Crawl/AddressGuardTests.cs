using System.Net;
using Pipeline.Crawl.Http;
using Pipeline.Crawl.Options;

namespace Pipeline.Tests.Crawl;

public class AddressGuardTests
{
    private static AddressGuard Guard(params string[] allowed) =>
        new(Microsoft.Extensions.Options.Options.Create(new CrawlOptions { AllowedPrivateHosts = [.. allowed] }));

    [TestCase("127.0.0.1")]
    [TestCase("10.1.2.3")]
    [TestCase("172.16.0.1")]
    [TestCase("192.168.1.1")]
    [TestCase("169.254.169.254")]
    [TestCase("224.0.0.1")]
    [TestCase("0.0.0.0")]
    [TestCase("100.64.0.1")]
    [TestCase("::1")]
    [TestCase("fe80::1")]
    [TestCase("fd00::1")]
    [TestCase("ff02::1")]
    [TestCase("::ffff:127.0.0.1")]
    public void Inward_addresses_are_refused_by_default(string ip) =>
        Assert.That(Guard().IsAddressAllowed(IPAddress.Parse(ip)), Is.False);

    [TestCase("8.8.8.8")]
    [TestCase("185.70.40.1")]
    [TestCase("2a00:1450:4001::1")]
    public void Public_addresses_are_allowed(string ip) =>
        Assert.That(Guard().IsAddressAllowed(IPAddress.Parse(ip)), Is.True);

    [Test]
    public void An_allowed_range_opens_only_that_range()
    {
        var guard = Guard("127.0.0.0/8");
        Assert.That(guard.IsAddressAllowed(IPAddress.Parse("127.0.0.2")), Is.True);
        Assert.That(guard.IsAddressAllowed(IPAddress.Parse("169.254.169.254")), Is.False);
    }

    [Test]
    public void A_literal_metadata_address_is_refused_before_any_request() =>
        Assert.That(Guard("127.0.0.0/8").CheckLiteral(new Uri("http://169.254.169.254/latest/meta-data/")), Does.Contain("169.254.169.254"));

    [Test]
    public async Task A_name_resolving_to_loopback_is_refused_unless_the_name_is_allowed()
    {
        Assert.ThrowsAsync<AddressRefusedException>(() => Guard().ResolveAllowedAsync("localhost", CancellationToken.None));
        var addresses = await Guard("localhost").ResolveAllowedAsync("localhost", CancellationToken.None);
        Assert.That(addresses, Is.Not.Empty);
    }
}
