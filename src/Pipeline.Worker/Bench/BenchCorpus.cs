using System.Text;
using Pipeline.Extract;
using Pipeline.Read;
using Pipeline.Text;
using Pipeline.Worker.Batch;

namespace Pipeline.Worker.Bench;

/// <summary>One benchmark article: its text, metadata and UTF-8 size.</summary>
public sealed record BenchArticle(int Index, string Text, ArticleMeta Meta, int Bytes);

/// <summary>
/// The benchmark corpus: the article texts of samples/ and any folder given (HTML through the
/// extractor, once, untimed), cycled to N articles. Each copy gets a numbered closing line so its
/// text, and so its article id, differs. Copies are made lazily while the run consumes them, so the
/// corpus itself costs the same memory for 10,000 articles as for 100,000.
/// </summary>
public sealed class BenchCorpus
{
    private readonly List<(string Text, ArticleMeta Meta)> _seeds;

    private BenchCorpus(List<(string Text, ArticleMeta Meta)> seeds, int rejected)
    {
        _seeds = seeds;
        Rejected = rejected;
    }

    public int Seeds => _seeds.Count;

    /// <summary>Seed files the extractor refused (left out of the corpus; <c>extract</c> reports why).</summary>
    public int Rejected { get; }

    /// <summary>Average UTF-8 size of a seed article, in bytes.</summary>
    public double AverageBytes => _seeds.Average(s => (double)Encoding.UTF8.GetByteCount(s.Text));

    /// <summary>Reads the seeds of the given folders; folders that do not exist are passed over.</summary>
    public static BenchCorpus Load(IEnumerable<string> folders, IArticleExtractor extractor, CancellationToken cancellationToken)
    {
        var seeds = new List<(string, ArticleMeta)>();
        int rejected = 0;
        foreach (var input in InputFiles.Expand(folders.Where(Directory.Exists)).Where(i => i.SkipReason is null))
        {
            try
            {
                var article = extractor.Extract(new RawInput(input.Path, null, File.ReadAllBytes(input.Path)), cancellationToken);
                if (!string.IsNullOrWhiteSpace(article.Text)) seeds.Add((article.Text, article.Meta));
            }
            catch (ArticleRejectedException)
            {
                rejected++; // no use for timing; counted and shown in the table
            }
        }
        return new BenchCorpus(seeds, rejected);
    }

    /// <summary>Builds a corpus from texts already in memory (tests, micro-benchmarks).</summary>
    public static BenchCorpus FromTexts(IEnumerable<string> texts) =>
        new(texts.Select(t => (t, new ArticleMeta())).ToList(), 0);

    /// <summary>The <paramref name="count"/> articles of the corpus, made one at a time.</summary>
    public IEnumerable<BenchArticle> Articles(int count)
    {
        for (int i = 0; i < count; i++)
        {
            var (text, meta) = _seeds[i % _seeds.Count];
            var copy = i < _seeds.Count ? text : $"{text}\nنسخة {i}";
            yield return new BenchArticle(i, copy, meta, Encoding.UTF8.GetByteCount(copy));
        }
    }
}
