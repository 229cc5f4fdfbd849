using System.Text;

namespace Pipeline.Output;

/// <summary>
/// Writes a set of JSONL files so that readers only ever see complete runs: lines go to
/// <c>NAME.partial</c> files, flushed after every article, and <see cref="Commit"/> renames them over
/// the final names. A crash leaves the previous complete outputs untouched (and the partial files,
/// which the next run overwrites).
/// </summary>
public sealed class AtomicJsonlFiles : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);
    private readonly Dictionary<string, StreamWriter> _writers = new(StringComparer.Ordinal);
    private readonly string _dir;
    private bool _committed;

    public AtomicJsonlFiles(string dir, params string[] names)
    {
        _dir = dir;
        Directory.CreateDirectory(dir);
        foreach (var name in names)
        {
            var stream = new FileStream(PartialPath(name), FileMode.Create, FileAccess.Write, FileShare.Read);
            _writers[name] = new StreamWriter(stream, Utf8NoBom) { NewLine = "\n" };
        }
    }

    public string PathOf(string name) => Path.Combine(_dir, name);

    private string PartialPath(string name) => Path.Combine(_dir, name + ".partial");

    public void WriteLine(string name, string jsonLine) => _writers[name].WriteLine(jsonLine);

    /// <summary>Pushes what one article produced to disk, so a crash never leaves half a line behind.</summary>
    public void Flush()
    {
        foreach (var w in _writers.Values) w.Flush();
    }

    /// <summary>Closes the partial files and moves them over the final names.</summary>
    public void Commit()
    {
        foreach (var (name, writer) in _writers)
        {
            writer.Flush();
            writer.BaseStream.Flush();
            if (writer.BaseStream is FileStream fs) fs.Flush(flushToDisk: true);
            writer.Dispose();
            File.Move(PartialPath(name), PathOf(name), overwrite: true);
        }
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed) return;
        foreach (var w in _writers.Values) w.Dispose();
    }
}
