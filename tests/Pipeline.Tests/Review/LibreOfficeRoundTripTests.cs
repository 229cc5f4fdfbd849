using System.Diagnostics;
using Pipeline.Output;
using Pipeline.Review;

namespace Pipeline.Tests.Review;

/// <summary>
/// The sheet goes through a real spreadsheet: LibreOffice Calc (headless) opens the exported CSV,
/// saves it as xlsx, opens that and saves CSV again (filter options 44,34,76 = comma, double quote,
/// UTF-8), and the result imports. Ignored, with the reason, where soffice is not installed.
/// </summary>
[Category("LibreOffice")]
public class LibreOfficeRoundTripTests
{
    private ReviewFixture _f = null!;

    [SetUp]
    public void SetUp() => _f = new ReviewFixture();

    [TearDown]
    public void TearDown() => _f.Dispose();

    [Test]
    public async Task Sheet_saved_by_libreoffice_through_xlsx_imports_with_every_decision()
    {
        string? soffice = FindOnPath("soffice");
        if (soffice is null)
            Assert.Ignore("LibreOffice (soffice) is not on PATH; install libreoffice-calc-nogui (see .ci/run) to run this test.");
        _f.Claims[2] = _f.Claims[2] with { Sentence = _f.Claims[2].Sentence with { Text = "ونفت بكين\nالاتهامات" } };
        _f.Write();
        _f.Export();
        SheetEditor.Load(_f.CsvPath)
            .Set("c-000000000001", ReviewColumns.Decision, "accept")
            .Set("c-000000000004", ReviewColumns.Decision, "reject")
            .Set("c-000000000002", ReviewColumns.Decision, "fix")
            .Set("c-000000000002", ReviewColumns.FixedContent, "'-مزاعم لا أساس لها")
            .Set("c-000000000002", ReviewColumns.Note, "سطر أول\nسطر ثان")
            .Save(_f.CsvPath);

        string xlsxDir = Directory.CreateDirectory(Path.Combine(_f.Dir, "xlsx")).FullName;
        string csvDir = Directory.CreateDirectory(Path.Combine(_f.Dir, "back")).FullName;
        string profile = "file://" + Path.Combine(_f.Dir, "lo-profile");
        await Run(soffice, ["-env:UserInstallation=" + profile, "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", xlsxDir, _f.CsvPath]);
        await Run(soffice, ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", csvDir, Path.Combine(xlsxDir, "review.xlsx")]);

        var result = _f.Import(Path.Combine(csvDir, "review.csv"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Problems, Is.Empty);
            Assert.That(_f.ReadClaim("c-000000000001").Status, Is.EqualTo(ClaimStatus.Accepted));
            Assert.That(_f.ReadClaim("c-000000000004").Status, Is.EqualTo(ClaimStatus.Rejected));
            Assert.That(_f.ReadClaim("c-000000000002").Content!.Text, Is.EqualTo("-مزاعم لا أساس لها"));
            Assert.That(_f.ReadClaim("c-000000000002").Note, Is.EqualTo("سطر أول\nسطر ثان"));
        });
    }

    private static async Task Run(string exe, string[] args)
    {
        var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"soffice {string.Join(' ', args)} took over 60 s.");
        }
        Assert.That(process.ExitCode, Is.Zero, $"soffice failed: {await stdout}{await stderr}");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
