using System.Collections.Frozen;
using System.Diagnostics;

namespace Pipeline.Worker.Bench;

/// <summary>
/// The machine's own scaling, as a reference for the pipeline's: an allocation-free kernel (lookups of
/// Arabic words in a frozen dictionary, the pipeline's commonest operation, and nothing shared between
/// threads) timed on 1 thread and on T threads doing the same work each. On cores of its own it gives
/// close to T×. On a virtual machine whose lone busy core runs faster than two busy ones (boost, or a
/// host that shares its cores) it gives less, and so must the pipeline: the 2-vCPU machines these
/// figures come from swing between about 1.3× and 2.0× for this kernel from one minute to the next.
/// </summary>
public static class MachineProbe
{
    private static readonly string[] Words = MakeWords();

    private static readonly FrozenDictionary<string, int> Lexicon =
        Words.Distinct().Where((_, i) => i % 2 == 0).Select((w, i) => (w, i)).ToFrozenDictionary(p => p.w, p => p.i, StringComparer.Ordinal);

    /// <summary>Lookups per thread per timing: about 0.1–0.2 s on the build machines.</summary>
    public const int DefaultWork = 6_000_000;

    /// <summary>T threads' throughput over 1 thread's, for the same work per thread.</summary>
    public static double Scaling(int threads, int work = DefaultWork)
    {
        Time(1, work / 10); // warm-up: the kernel's optimised code
        var one = Time(1, work);
        var many = Time(threads, work);
        return threads * one.TotalSeconds / many.TotalSeconds;
    }

    private static TimeSpan Time(int threads, int work)
    {
        var workers = new Thread[threads];
        long found = 0;
        var clock = Stopwatch.StartNew();
        for (int t = 0; t < threads; t++)
        {
            int seed = t;
            workers[t] = new Thread(() => Interlocked.Add(ref found, Kernel(work, seed)));
            workers[t].Start();
        }
        foreach (var w in workers) w.Join();
        clock.Stop();
        return found < 0 ? TimeSpan.Zero : clock.Elapsed; // found keeps the kernel from being optimised away
    }

    private static long Kernel(int work, int seed)
    {
        long sum = 0;
        uint x = (uint)seed * 2654435761u + 1;
        for (int i = 0; i < work; i++)
        {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            if (Lexicon.TryGetValue(Words[x % (uint)Words.Length], out int v)) sum += v;
        }
        return sum;
    }

    private static string[] MakeWords()
    {
        const string letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        var words = new string[8192];
        var rng = new Random(5);
        for (int i = 0; i < words.Length; i++)
        {
            var chars = new char[rng.Next(3, 9)];
            for (int k = 0; k < chars.Length; k++) chars[k] = letters[rng.Next(letters.Length)];
            words[i] = new string(chars);
        }
        return words;
    }
}
