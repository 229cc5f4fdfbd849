using System.Globalization;

namespace Pipeline.Crawl.Robots;

/// <summary>
/// The rules of one robots.txt for one user agent (RFC 9309, plus the common Crawl-delay extension).
/// Hand-written: no maintained .NET package parses robots.txt, and the format is a few lines of rules.
/// Groups naming our product token are used (merged when several); otherwise the <c>*</c> group.
/// The longest matching pattern wins, Allow wins a tie; <c>*</c> matches any run, a final <c>$</c> anchors.
/// </summary>
public sealed class RobotsRules
{
    public static readonly RobotsRules AllowAll = new([], null);
    public static readonly RobotsRules DisallowAll = new([new Rule(false, "/")], null);

    private readonly List<Rule> _rules;

    private RobotsRules(List<Rule> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    /// <summary>The Crawl-delay of the chosen group, when it gave one.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Whether a path (with its query) may be fetched.</summary>
    public bool IsAllowed(string pathAndQuery)
    {
        Rule? best = null;
        foreach (var rule in _rules)
        {
            if (!Matches(rule.Pattern, pathAndQuery)) continue;
            if (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow))
                best = rule;
        }
        return best?.Allow ?? true;
    }

    /// <summary>Parses robots.txt text for the user agent whose product token starts <paramref name="userAgent"/>.</summary>
    public static RobotsRules Parse(string text, string userAgent)
    {
        string token = userAgent.Split('/', ' ')[0].Trim().ToLowerInvariant();
        var groups = new List<Group>();
        Group? current = null;
        bool lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            string line = raw.Split('#', 2)[0].Trim();
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            string key = line[..colon].Trim().ToLowerInvariant(), value = line[(colon + 1)..].Trim();
            if (key is "user-agent")
            {
                if (current is null || !lastWasAgent) groups.Add(current = new Group());
                current.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current is null) continue;
            if (key is "allow" or "disallow" && value.Length > 0) current.Rules.Add(new Rule(key == "allow", value));
            else if (key is "crawl-delay" && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                current.Delay = TimeSpan.FromSeconds(seconds);
        }
        var chosen = groups.Where(g => token.Length > 0 && g.Agents.Contains(token)).ToList();
        if (chosen.Count == 0) chosen = groups.Where(g => g.Agents.Contains("*")).ToList();
        if (chosen.Count == 0) return AllowAll;
        return new RobotsRules(chosen.SelectMany(g => g.Rules).ToList(), chosen.Select(g => g.Delay).FirstOrDefault(d => d is not null));
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];
        public List<Rule> Rules { get; } = [];
        public TimeSpan? Delay { get; set; }
    }

    private static bool Matches(string pattern, string path)
    {
        bool anchored = pattern.EndsWith('$');
        if (anchored) pattern = pattern[..^1];
        return Match(pattern.AsSpan(), path.AsSpan(), anchored);
    }

    // Backtracking wildcard match; patterns are short, so the worst case stays small.
    private static bool Match(ReadOnlySpan<char> p, ReadOnlySpan<char> s, bool anchored)
    {
        if (p.IsEmpty) return !anchored || s.IsEmpty;
        if (p[0] == '*')
        {
            for (int i = 0; i <= s.Length; i++)
                if (Match(p[1..], s[i..], anchored)) return true;
            return false;
        }
        return !s.IsEmpty && p[0] == s[0] && Match(p[1..], s[1..], anchored);
    }

    private sealed record Rule(bool Allow, string Pattern);
}
