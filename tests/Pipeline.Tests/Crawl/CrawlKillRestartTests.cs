using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Pipeline.Output;
using static Pipeline.Tests.Crawl.SitePages;

namespace Pipeline.Tests.Crawl;

/// <summary>
/// Crash safety end to end: the built worker runs as a child process (<c>dotnet Pipeline.Worker.dll
/// crawl …</c>), is killed (SIGKILL) twice in mid-pass, then runs to the end. The output must hold
/// every article exactly once and only whole lines.
/// </summary>
[TestFixture, NonParallelizable]
public class CrawlKillRestartTests
{
    private const int Articles = 24;

    [Test]
    public async Task A_pass_killed_mid_way_resumes_without_a_duplicate_or_a_missing_article()
    {
        await using var site = await TestSite.StartAsync();
        var links = Enumerable.Range(1, Articles).Select(n => $"{site.A}/k/{n}.html").ToList();
        site.Map(site.A, "/list.txt", Serve(string.Join('\n', links), "text/plain"));
        foreach (int n in Enumerable.Range(1, Articles)) site.Map(site.A, $"/k/{n}.html", Page(Html(Story(300 + n)), delayMs: 30));
        using var run = new CrawlRun(new JsonArray(CrawlRun.Source("UrlList", $"{site.A}/list.txt")), c =>
            c["Politeness"] = new JsonObject { ["PerHostConcurrency"] = 1, ["MinDelayMilliseconds"] = 20 });

        foreach (int killAfter in new[] { 5, 14 })
        {
            using var child = Start(run, out var output);
            await WaitUntil(() => Served(site) >= killAfter || child.HasExited, TimeSpan.FromSeconds(60));
            Assert.That(child.HasExited, Is.False, $"the pass ended before it could be killed:\n{output}");
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }
        Assert.That(run.Articles(), Has.Count.LessThan(Articles), "the kills happened mid-pass");

        using (var last = Start(run, out var output))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await last.WaitForExitAsync(timeout.Token);
            Assert.That(last.ExitCode, Is.Zero, output.ToString());
        }

        var written = run.Articles();
        Assert.That(written.Select(a => a.Id), Is.Unique);
        Assert.That(written.Select(a => a.Url).Order(), Is.EqualTo(links.Order()));
        Assert.That(run.Lines("claims.jsonl").Select(l => Json.Parse<ClaimRecord>(l).Id), Is.Unique);
    }

    [Test]
    public async Task Articles_in_the_files_but_missing_from_the_state_are_not_written_again()
    {
        await using var site = await TestSite.StartAsync();
        var links = Enumerable.Range(1, 4).Select(n => $"{site.A}/s/{n}.html").ToList();
        site.Map(site.A, "/list.txt", Serve(string.Join('\n', links), "text/plain"));
        foreach (int n in Enumerable.Range(1, 4)) site.Map(site.A, $"/s/{n}.html", Page(Html(Story(600 + n))));
        site.Map(site.A, "/s/4.html", Serve("\u00ff\u00fe", "text/plain; charset=utf-8"));
        using var run = new CrawlRun(new JsonArray(CrawlRun.Source("UrlList", $"{site.A}/list.txt")), c =>
            c["Politeness"] = new JsonObject { ["PerHostConcurrency"] = 1, ["MinDelayMilliseconds"] = 0 });
        await run.PassAsync();
        var before = (Articles: run.Lines("articles.jsonl").Count, Rejects: run.Lines("rejects.jsonl").Count);

        // The state is lost (the crash came after the lines were flushed, before SQLite was updated).
        foreach (var f in Directory.GetFiles(run.Out, "crawl-state.db*")) File.Delete(f);
        var summary = await run.PassAsync();

        Assert.That(run.Lines("articles.jsonl"), Has.Count.EqualTo(before.Articles));
        Assert.That(run.Lines("rejects.jsonl"), Has.Count.EqualTo(before.Rejects));
        Assert.That(summary.NewArticles, Is.Zero);
        Assert.That(summary.Duplicates, Is.EqualTo(before.Articles));
    }

    private static int Served(TestSite site) => site.Hits.Count(h => h.Path.StartsWith("/k/") && h.Status == 200);

    private static Process Start(CrawlRun run, out StringBuilder output)
    {
        string dll = WorkerBuild.Dll();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { dll, "crawl", "--config", run.ConfigPath }) info.ArgumentList.Add(arg);
        var process = Process.Start(info)!;
        var log = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        output = log;
        return process;
    }

    private static async Task WaitUntil(Func<bool> condition, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > limit) Assert.Fail($"condition not met within {limit}");
            await Task.Delay(5);
        }
    }
}
