using Pipeline.Segment;

namespace Pipeline.Tests.Segment;

/// <summary>The allocation-free clitic readings are exactly the readings of the original string-based enumeration.</summary>
public class CliticSplitsTests
{
    private static readonly string[] Prefixes = ["وبال", "وكال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال"];
    private static readonly string[] Suffixes = ["هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه", "ك", "ي"];

    [TestCase("اتهمها")]
    [TestCase("واضاف")]
    [TestCase("فنفت")]
    [TestCase("ولاتهامات")]
    [TestCase("والصين")]
    [TestCase("للصين")]
    [TestCase("وبالتالي")]
    [TestCase("وسيكون")]
    [TestCase("ب")]
    [TestCase("")]
    public void Readings_match_the_reference_enumeration(string norm) =>
        Assert.That(Clitics.Candidates(norm).ToList(), Is.EqualTo(Reference(norm).ToList()));

    [Test]
    public void Random_words_give_the_reference_readings()
    {
        var random = new Random(7);
        const string letters = "اببتثجحخدذرزسشصضطظعغفقكلمنهويى";
        for (int n = 0; n < 5000; n++)
        {
            var word = new string(Enumerable.Range(0, random.Next(0, 9)).Select(_ => letters[random.Next(letters.Length)]).ToArray());
            if (random.Next(3) == 0) word = Prefixes[random.Next(Prefixes.Length)] + word;
            if (random.Next(3) == 0) word += Suffixes[random.Next(Suffixes.Length)];
            Assert.That(Clitics.Candidates(word).ToList(), Is.EqualTo(Reference(word).ToList()), word);
            var prefixes = new int[Clitics.MaxSplits];
            int count = Clitics.PrefixLengths(word, prefixes);
            Assert.That(prefixes[..count], Is.EqualTo(Reference(word).Where(r => r.Item3.Length == 0 && r.Item1.Length > 0 && r.Item2.Length >= 2).Select(r => r.Item1.Length).ToArray()), word);
        }
    }

    /// <summary>The enumeration as first written (strings and iterators), kept here as the specification.</summary>
    private static IEnumerable<(string, string, string)> Reference(string norm)
    {
        yield return ("", norm, "");
        foreach (var (pre, rest) in ReferencePrefixes(norm))
        {
            if (pre.Length > 0 && rest.Length >= 2) yield return (pre, rest, "");
            foreach (var suf in Suffixes)
            {
                if (rest.Length - suf.Length >= 2 && rest.EndsWith(suf, StringComparison.Ordinal))
                    yield return (pre, rest[..^suf.Length], suf);
            }
        }
    }

    private static IEnumerable<(string, string)> ReferencePrefixes(string norm)
    {
        yield return ("", norm);
        foreach (var p in Prefixes)
        {
            if (norm.StartsWith(p, StringComparison.Ordinal)) yield return (p, norm[p.Length..]);
        }
        if (norm.Length > 2 && (norm[0] == 'و' || norm[0] == 'ف'))
        {
            yield return (norm[..1], norm[1..]);
            if (norm.Length > 3 && (norm[1] == 'ب' || norm[1] == 'ل' || norm[1] == 'ك' || norm[1] == 'س'))
                yield return (norm[..2], norm[2..]);
        }
        if (norm.Length > 2 && (norm[0] == 'ب' || norm[0] == 'ل' || norm[0] == 'ك'))
            yield return (norm[..1], norm[1..]);
    }
}
