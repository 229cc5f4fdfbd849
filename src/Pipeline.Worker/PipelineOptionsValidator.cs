using Microsoft.Extensions.Options;
using Pipeline.Review;

namespace Pipeline.Worker;

/// <summary>
/// Checks what data annotations cannot: that Pipeline:ReviewStore is a SQLite path or a readable
/// <c>postgres:</c> connection string. The message names the key and the fix.
/// </summary>
public sealed class PipelineOptionsValidator : IValidateOptions<PipelineOptions>
{
    public ValidateOptionsResult Validate(string? name, PipelineOptions options) =>
        ReviewStore.Problem($"{PipelineOptions.Section}:{nameof(PipelineOptions.ReviewStore)}", options.ReviewStore) is { } problem
            ? ValidateOptionsResult.Fail(problem)
            : ValidateOptionsResult.Success;
}
