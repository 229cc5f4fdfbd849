using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Tests.Claims;
using Pipeline.Worker.Batch;

namespace Pipeline.Tests.Batch;

/// <summary>
/// A temporary input folder and output folder for batch tests, with writers for good articles and
/// every kind of bad input the batch must survive. Deleted on dispose.
/// </summary>
public sealed class BatchFolder : IDisposable
{
    public const long MaxBytes = 20L * 1024 * 1024;

    public BatchFolder()
    {
        Directory.CreateDirectory(In);
        Directory.CreateDirectory(Out);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "pipeline-tests-batch-" + Guid.NewGuid().ToString("N"));

    public string In => Path.Combine(Root, "in");

    public string Out => Path.Combine(Root, "out");

    public const string GoodText =
        "نفت الحكومة السودانية الاتهامات الأمريكية بدعم الميليشيات في دارفور.\n\n" +
        "وقال المتحدث باسم الحكومة إن بلاده تحترم القانون الدولي.\n";

    public const string GoodHtml =
        "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>الصين تنفي</title></head><body><article>" +
        "<h1>الصين تنفي اتهامات التجسس</h1>" +
        "<p>نفت الصين اتهامات وجهتها إليها الولايات المتحدة بالتجسس على شركات التكنولوجيا.</p>" +
        "<p>وقال المتحدث باسم الخارجية الصينية إن هذه الاتهامات لا أساس لها من الصحة وتهدف إلى تشويه صورة بلاده.</p>" +
        "</article></body></html>";

    public const string Windows1256Html =
        "<html><head><meta charset=\"windows-1256\"><title>خبر</title></head><body><article>" +
        "<p>وقال وزير الخارجية إن المفاوضات مع الجانب الآخر ستستمر خلال الأسبوع المقبل في العاصمة.</p>" +
        "<p>وأضاف أن الحكومة ملتزمة بالحل السلمي للأزمة الحالية.</p></article></body></html>";

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(In, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The text in the windows-1256 code page of older Arabic sites.</summary>
    public static byte[] Windows1256(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256).GetBytes(text);
    }

    public string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    public void WriteGood()
    {
        Write("good1.txt", GoodText);
        Write("good2.html", GoodHtml);
    }

    /// <summary>Writes one bad input of the given kind and returns its path (a missing one is not written).</summary>
    public string WriteBad(string kind) => kind switch
    {
        "empty" => Write("empty.txt", []),
        "binary" => Write("binary.txt", Binary()),
        "truncated-html" => Write("truncated.html", "<html><head><title>خبر</title></head><body><div><p>وقال الوزير إن الحكو"),
        "invalid-utf8" => Write("bad-utf8.txt", [.. Encoding.UTF8.GetBytes("وقال الوزير إن "), 0xFF, 0xFE, 0xC3, 0x28, 0xA0, 0xA1, .. Encoding.UTF8.GetBytes(" الحكومة ستستمر.")]),
        "oversized" => Write("huge.txt", Oversized()),
        "missing" => Path.Combine(In, "not-there.txt"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static byte[] Binary()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        return bytes;
    }

    private static byte[] Oversized()
    {
        var bytes = new byte[25 * 1024 * 1024];
        Array.Fill(bytes, (byte)'a');
        return bytes;
    }

    public static BatchRunner Runner() =>
        new(Analysed.Processor, new NoClaimDecisions(), NullLogger<BatchRunner>.Instance, MaxBytes);

    /// <summary>Runs the batch over <paramref name="inputs"/> (the input folder when none are given).</summary>
    public BatchSummary Run(params string[] inputs) => Run(Out, CancellationToken.None, inputs);

    public BatchSummary Run(string outDir, CancellationToken cancellationToken, params string[] inputs)
    {
        var files = InputFiles.Expand(inputs.Length == 0 ? [In] : inputs).ToList();
        return Runner().Run(files, outDir, null, cancellationToken);
    }

    public string[] Lines(string file, string? outDir = null) =>
        File.ReadAllLines(Path.Combine(outDir ?? Out, file)).Where(l => l.Length > 0).ToArray();

    public JsonElement[] Records(string file, string? outDir = null) =>
        Lines(file, outDir).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
