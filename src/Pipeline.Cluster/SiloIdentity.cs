using System.Text.RegularExpressions;

namespace Pipeline.Cluster;

/// <summary>This silo's name: Cluster:SiloName, or host name and silo port; it names the output partition.</summary>
public sealed partial class SiloIdentity(string name)
{
    public string Name { get; } = Unsafe().Replace(name, "_");

    public static SiloIdentity From(CrawlClusterOptions o) =>
        new(string.IsNullOrWhiteSpace(o.SiloName) ? $"{Environment.MachineName}-{o.SiloPort}" : o.SiloName);

    // The name goes into a file name: keep letters, digits, '-' and '_'.
    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex Unsafe();
}
