namespace Pipeline.Tests.Crawl;

/// <summary>
/// Where the tests that start the worker as a child process find it: the worker as built in its own
/// bin folder, which carries the NuGet hosting, Orleans and Npgsql assemblies (the copy beside the
/// tests lacks some of them, which the tests get from the ASP.NET Core shared framework instead).
/// </summary>
internal static class WorkerBuild
{
    public static string Dll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string tfm = testBin.Name, configuration = testBin.Parent!.Name;
        var root = testBin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Pipeline.sln"))) root = root.Parent;
        Assert.That(root, Is.Not.Null, "Pipeline.sln not found above the test folder");
        string dll = Path.Combine(root!.FullName, "src", "Pipeline.Worker", "bin", configuration, tfm, "Pipeline.Worker.dll");
        Assert.That(File.Exists(dll), Is.True, $"{dll} missing; build the solution first");
        return dll;
    }
}
