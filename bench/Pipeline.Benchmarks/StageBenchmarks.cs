using BenchmarkDotNet.Attributes;
using Pipeline.Lexicons;
using Pipeline.Normalise;
using Pipeline.Output;
using Pipeline.Processing;
using Pipeline.Quotes;
using Pipeline.Segment;
using Pipeline.Text;

namespace Pipeline.Benchmarks;

/// <summary>
/// One benchmark per analysis stage on the same ~4 KB article, so a regression shows up in the stage
/// that caused it. Each stage gets the inputs the earlier stages produced, made once in setup.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private string _text = "";
    private List<Token> _tokens = [];
    private List<Quotation> _quotations = [];
    private ArticleProcessor _processor = null!;
    private CueLexicon _cues = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchArticle.Text;
        _tokens = Tokenizer.Tokenize(_text);
        _quotations = QuotePairer.Pair(_text);
        var models = ModelPaths.Locate();
        _processor = new ArticleProcessor(new Pipeline.Extract.ArticleExtractor(), Stages.Load(models), new ClaimRecordBuilder(0.6, "bench"));
        _cues = CueLexicon.Load(ModelPaths.Require(models, "cues.tsv"));
    }

    [Benchmark(Description = "normaliser (view with offset map)")]
    public NormalizedText Normaliser() => NormalizedText.Create(_text);

    [Benchmark(Description = "tokenizer + clitics")]
    public List<Token> Tokenizer_and_clitics() => Tokenizer.Tokenize(_text);

    [Benchmark(Description = "quote pairing")]
    public List<Quotation> Quote_pairing() => QuotePairer.Pair(_text);

    [Benchmark(Description = "sentence segmentation")]
    public List<Sentence> Segmentation() => SentenceSegmenter.Segment(_text, _tokens, _quotations);

    [Benchmark(Description = "cue lookup on every token")]
    public int Cue_lookup()
    {
        int found = 0;
        for (int i = 0; i < _tokens.Count; i++)
            if (_cues.Match(_tokens, i) is not null) found++;
        return found;
    }

    [Benchmark(Description = "claim assembly (full analysis of one article)")]
    public int Claim_assembly()
    {
        var document = new Document(StableIds.Article(_text), _text, new ArticleMeta());
        _processor.Analyse(document, CancellationToken.None);
        return document.Claims.Count;
    }
}
