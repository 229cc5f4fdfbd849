namespace Pipeline.Lexicons;

/// <summary>Reads the tab-separated data files under models/: '#' starts a comment line, blank lines are skipped.</summary>
public static class TsvFile
{
    public static IEnumerable<(int Line, string[] Fields)> Read(string path)
    {
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            yield return (n, line.Split('\t'));
        }
    }

    public static InvalidDataException Error(string path, int line, string what) =>
        new($"{path}:{line}: {what}. Fix the line or restore the file from the repository (git checkout -- models/).");
}
