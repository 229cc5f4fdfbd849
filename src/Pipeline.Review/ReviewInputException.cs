namespace Pipeline.Review;

/// <summary>
/// A review input that cannot be used at all (missing file, unreadable line, sheet without an id
/// column). The message names the file and says what to do; the command turns it into exit code 1.
/// </summary>
public sealed class ReviewInputException(string path, string message, Exception? inner = null)
    : Exception($"{path}: {message}", inner)
{
    public string Path { get; } = path;
}
