using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Pipeline.Tests.Crawl;

namespace Pipeline.Tests.Cluster;

/// <summary>
/// One silo as a child process: the built worker (<c>dotnet Pipeline.Worker.dll worker --cluster
/// --once --pass ID</c>) with its own silo and gateway ports and partition name. With
/// <c>fastFailureDetection</c>, membership is tuned through PIPELINE_Cluster__Membership__* so that a
/// killed silo is declared dead in seconds; otherwise the defaults apply, which a loaded CI machine
/// cannot mistake for a death. Disposing kills the process if it is still running.
/// </summary>
public sealed class SiloProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private SiloProcess(Process process, string name)
    {
        _process = process;
        Name = name;
        process.OutputDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;

    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    public static SiloProcess Start(string name, string config, string output, string pass, string connectionString, bool fastFailureDetection = false)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { WorkerBuild.Dll(), "worker", "--cluster", "--once", "--pass", pass, "--config", config, "--out", output })
            info.ArgumentList.Add(arg);
        var env = new Dictionary<string, string>
        {
            ["Cluster__Clustering"] = "AdoNet",
            ["Cluster__ConnectionString"] = connectionString,
            ["Cluster__ClusterId"] = "test",
            ["Cluster__SiloName"] = name,
            ["Cluster__SiloPort"] = FreePort().ToString(),
            ["Cluster__GatewayPort"] = FreePort().ToString(),
            ["Cluster__LeaseSeconds"] = "60",
            ["Cluster__ResponseTimeoutSeconds"] = "15",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Pipeline.Cluster"] = "Information",
        };
        if (fastFailureDetection)
        {
            env["Cluster__Membership__ProbeTimeoutMilliseconds"] = "2000";
            env["Cluster__Membership__NumMissedProbesLimit"] = "2";
            env["Cluster__Membership__NumVotesForDeathDeclaration"] = "1";
            env["Cluster__Membership__TableRefreshTimeoutMilliseconds"] = "1000";
            env["Cluster__Membership__IAmAliveTablePublishTimeoutMilliseconds"] = "2000";
        }
        foreach (var (key, value) in env) info.Environment["PIPELINE_" + key] = value;
        return new SiloProcess(Process.Start(info)!, name);
    }

    /// <summary>SIGKILL: no shutdown, no flush, no goodbye to the cluster.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async Task WaitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try { await _process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { Assert.Fail($"silo {Name} did not finish within {limit}:\n{Tail()}"); }
    }

    /// <summary>The end of the log, for failure messages.</summary>
    public string Tail(int chars = 6000)
    {
        string log = Log;
        return log.Length <= chars ? log : log[^chars..];
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
