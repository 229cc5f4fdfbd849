using Microsoft.Extensions.FileSystemGlobbing;

namespace Pipeline.Worker.Batch;

/// <summary>An input the batch will read, or one it passes over and why.</summary>
public sealed record InputFile(string Path, string? SkipReason = null, bool Missing = false);

/// <summary>
/// Expands the command line's inputs: files as given, folders searched recursively, and globs
/// (<c>articles/**/*.html</c>) through Microsoft.Extensions.FileSystemGlobbing. Only .html, .htm and
/// .txt files are read; others are listed as skipped. Order is stable: each argument's files sorted.
/// </summary>
public static class InputFiles
{
    public static readonly string[] Extensions = [".html", ".htm", ".txt"];

    public static IEnumerable<InputFile> Expand(IEnumerable<string> inputs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            foreach (var file in ExpandOne(input))
            {
                if (seen.Add(System.IO.Path.GetFullPath(file.Path))) yield return file;
            }
        }
    }

    private static IEnumerable<InputFile> ExpandOne(string input)
    {
        if (File.Exists(input)) return [Classify(input)];
        if (Directory.Exists(input))
        {
            return Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal).Select(Classify);
        }
        if (input.IndexOfAny(['*', '?', '[']) >= 0) return Glob(input);
        return [new InputFile(input, "the file or folder does not exist; check the path", Missing: true)];
    }

    private static IEnumerable<InputFile> Glob(string pattern)
    {
        // The fixed part of the pattern is the root; the rest is matched below it.
        var parts = pattern.Replace('\\', '/').Split('/');
        int fixedCount = parts.TakeWhile(p => p.IndexOfAny(['*', '?', '[']) < 0).Count();
        var root = fixedCount == 0 ? "." : string.Join('/', parts.Take(fixedCount));
        if (pattern.StartsWith('/') && fixedCount <= 1) root = "/";
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', parts.Skip(fixedCount)));
        if (!Directory.Exists(root)) return [new InputFile(pattern, "no folder matches the start of the pattern; check the path", Missing: true)];
        var files = matcher.GetResultsInFullPath(root).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) return [new InputFile(pattern, "the pattern matches no file", Missing: true)];
        return files.Select(f => Classify(System.IO.Path.GetRelativePath(".", f)));
    }

    private static InputFile Classify(string path)
    {
        var ext = System.IO.Path.GetExtension(path).ToLowerInvariant();
        return Extensions.Contains(ext) ? new InputFile(path) : new InputFile(path, $"not an article file ({(ext.Length > 0 ? ext : "no extension")}); only .html, .htm and .txt are read");
    }
}
