using System.Diagnostics;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Util;

namespace Pipeline.Worker.Bench;

/// <summary>
/// The reference point of the benchmark: the same texts through Lucene.NET's ArabicAnalyzer
/// (tokenizer, normalisation, stop words, light stemming), every token consumed, on one thread.
/// Used only here, never by the pipeline.
/// </summary>
public static class LuceneReference
{
    public static (TimeSpan Elapsed, TimeSpan Cpu, long Tokens) Run(IEnumerable<BenchArticle> articles, CancellationToken cancellationToken)
    {
        using var analyzer = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        long tokens = 0;
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var a in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var stream = analyzer.GetTokenStream("text", a.Text);
            stream.Reset();
            while (stream.IncrementToken()) tokens++;
            stream.End();
        }
        var elapsed = clock.Elapsed;
        self.Refresh();
        return (elapsed, self.TotalProcessorTime - cpu, tokens);
    }
}
