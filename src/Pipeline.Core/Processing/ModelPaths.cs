namespace Pipeline.Processing;

/// <summary>Finds the <c>models/</c> folder: the configured path, else the nearest one above the working or program folder.</summary>
public static class ModelPaths
{
    public static string Locate(string? configured = null)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (!Directory.Exists(configured))
                throw new DirectoryNotFoundException($"The models folder '{Path.GetFullPath(configured)}' does not exist. Set Pipeline:ModelsPath to the repository's models/ folder.");
            return Path.GetFullPath(configured);
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "models");
                if (File.Exists(Path.Combine(candidate, "cues.tsv"))) return candidate;
            }
        }
        throw new DirectoryNotFoundException("No models/ folder with cues.tsv was found above the working folder or the program. Run from the repository, or set Pipeline:ModelsPath.");
    }

    /// <summary>The full path of a model file, failing with the path and the fix when it is missing.</summary>
    public static string Require(string modelsDir, string fileName)
    {
        var path = Path.Combine(modelsDir, fileName);
        if (!File.Exists(path))
            throw new FileNotFoundException($"Model file '{path}' is missing. Restore it from the repository (git checkout -- models/) or rebuild it with the train command described in models/README.md.", path);
        return path;
    }
}
