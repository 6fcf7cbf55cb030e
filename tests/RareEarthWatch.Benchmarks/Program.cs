using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/RareEarthWatch.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(RareEarthWatch.Benchmarks.ExtractionBenchmarks).Assembly).Run(args);
