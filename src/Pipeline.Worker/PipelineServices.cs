using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pipeline.Extract;
using Pipeline.Output;
using Pipeline.Processing;
using Pipeline.Worker.Batch;

namespace Pipeline.Worker;

/// <summary>Typed options of the <c>Pipeline</c> section of appsettings.json.</summary>
public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>Folder holding the models, lexicons and gazetteers; empty = the nearest models/ above the working folder.</summary>
    public string? ModelsPath { get; set; }

    /// <summary>Claims with confidence under this value are written with status needs_review (0..1).</summary>
    [System.ComponentModel.DataAnnotations.Range(0.0, 1.0)]
    public double ReviewThreshold { get; set; } = 0.6;

    /// <summary>
    /// The review store whose decisions every run applies: a SQLite file path, or <c>postgres:</c> and an
    /// Npgsql connection string for a store shared by a cluster; empty = reviews.db next to the output's claims.jsonl.
    /// </summary>
    public string? ReviewStore { get; set; }

    /// <summary>How claims are decided: Model (the learned claim model, models/claims-model.bin, required) or Rules (the grammar alone with the rule prior as confidence, no model file).</summary>
    public ClaimScorerKind ClaimScorer { get; set; } = ClaimScorerKind.Model;

    /// <summary>Run the learned NER tagger (models/ner.zip) to give unknown names a mention kind; about 10× slower.</summary>
    public bool EntityModel { get; set; }

    /// <summary>Inputs larger than this many bytes are rejected unread.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, long.MaxValue)]
    public long MaxInputBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Analysis threads of a batch run; 0 = one per processor (Environment.ProcessorCount).</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 1024)]
    public int Threads { get; set; }

    /// <summary>The analysis threads to use: <see cref="Threads"/>, or one per processor when it is 0.</summary>
    public int EffectiveThreads => Threads > 0 ? Threads : Environment.ProcessorCount;
}

/// <summary>
/// The composition root: the one place where the stage order is written down and every component
/// is wired. No reflection and no static registries.
/// </summary>
public static class PipelineServices
{
    public const string ModelName = ModelFingerprint.Version;

    public static IServiceCollection Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PipelineOptions>()
            .Bind(configuration.GetSection(PipelineOptions.Section), o => o.ErrorOnUnknownConfiguration = true)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PipelineOptions>, PipelineOptionsValidator>();
        services.AddSingleton<IArticleExtractor>(sp => new ArticleExtractor(new ExtractOptions
        {
            MaxInputBytes = sp.GetRequiredService<IOptions<PipelineOptions>>().Value.MaxInputBytes,
        }));
        // the models folder is found once; the record builder and the stages both read it
        services.AddSingleton(sp => new ModelsFolder(ModelPaths.Locate(sp.GetRequiredService<IOptions<PipelineOptions>>().Value.ModelsPath)));
        services.AddSingleton(sp => new ClaimRecordBuilder(
            sp.GetRequiredService<IOptions<PipelineOptions>>().Value.ReviewThreshold,
            ModelFingerprint.Describe(sp.GetRequiredService<ModelsFolder>().Path, sp.GetRequiredService<IOptions<PipelineOptions>>().Value.EntityModel)));
        services.AddSingleton(sp => new ArticleProcessor(
            sp.GetRequiredService<IArticleExtractor>(),
            Stages(sp),
            sp.GetRequiredService<ClaimRecordBuilder>()));
        services.AddSingleton<IClaimDecisions>(sp => new ReviewStoreDecisions(sp.GetRequiredService<IOptions<PipelineOptions>>().Value.ReviewStore));
        services.AddTransient(sp => new BatchRunner(
            sp.GetRequiredService<ArticleProcessor>(),
            sp.GetRequiredService<IClaimDecisions>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<BatchRunner>>(),
            sp.GetRequiredService<IOptions<PipelineOptions>>().Value.MaxInputBytes,
            sp.GetRequiredService<IOptions<PipelineOptions>>().Value.EffectiveThreads));
        return services;
    }

    /// <summary>The analysis stages, in the order <see cref="Processing.Stages"/> defines, from the configured models folder.</summary>
    private static IReadOnlyList<IDocumentStage> Stages(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<PipelineOptions>>().Value;
        return Processing.Stages.Load(sp.GetRequiredService<ModelsFolder>().Path, options.ClaimScorer, options.EntityModel);
    }
}

/// <summary>The models folder in use (located once at start-up).</summary>
public sealed record ModelsFolder(string Path);
