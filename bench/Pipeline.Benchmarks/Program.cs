using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Pipeline.Benchmarks -- --filter '*'
// Runs the per-stage micro-benchmarks; pass BenchmarkDotNet's own arguments (--filter, --job short, …).
BenchmarkSwitcher.FromAssembly(typeof(Pipeline.Benchmarks.StageBenchmarks).Assembly).Run(args);
