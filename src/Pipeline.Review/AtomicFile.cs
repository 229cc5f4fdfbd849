using System.Text;

namespace Pipeline.Review;

/// <summary>
/// Replaces a JSONL file so that a reader sees either the old or the new file, never half of one:
/// write <c>PATH.tmp</c>, flush it to disk, then swap it in with <see cref="File.Replace(string, string, string?)"/>,
/// which keeps the previous version as <c>PATH.bak</c>.
/// </summary>
public static class AtomicFile
{
    public static string TempPath(string path) => path + ".tmp";

    public static string BackupPath(string path) => path + ".bak";

    /// <summary>Writes <paramref name="lines"/> as UTF-8 without BOM, one per line ending in \n.</summary>
    public static void WriteLines(string path, IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        string tmp = TempPath(path);
        try
        {
            using (var stream = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                foreach (var line in lines)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    writer.Write(line);
                    writer.Write('\n');
                }
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }
            if (File.Exists(path))
                File.Replace(tmp, path, BackupPath(path));
            else
                File.Move(tmp, path);
        }
        catch
        {
            // The original stays as it was; only the half-written temporary file goes.
            File.Delete(tmp);
            throw;
        }
    }
}
