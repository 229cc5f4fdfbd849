using Pipeline.Processing;

namespace Pipeline.Tests.Lexicons;

/// <summary>A throw-away folder for lexicon files written by a test; deleted on dispose.</summary>
public sealed class TempModels : IDisposable
{
    public TempModels() => Directory.CreateDirectory(Dir);

    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "pipeline-tests-models-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes a file of the given lines (UTF-8) and returns its path.</summary>
    public string Write(string name, params string[] lines)
    {
        var path = Path.Combine(Dir, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    /// <summary>Copies the repository's models/ files, leaving out <paramref name="except"/>.</summary>
    public void CopyRepositoryModels(params string[] except)
    {
        foreach (var file in Directory.EnumerateFiles(ModelPaths.Locate()))
        {
            var name = Path.GetFileName(file);
            if (!except.Contains(name)) File.Copy(file, Path.Combine(Dir, name));
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(Dir)) Directory.Delete(Dir, recursive: true);
    }
}
