using BenchmarkDotNet.Running;
using RareEarthWatch.Benchmarks;

// Accuracy, per class, beside SmartReader:  dotnet run -c Release --project tests/RareEarthWatch.Benchmarks -- --score [--out report.md] [--predictions folder] [--peer readability=predictions-readability.json]
// Output of every page, to compare before/after a speed change: dotnet run -c Release --project tests/RareEarthWatch.Benchmarks -- --dump before.jsonl
// Which types our reader allocates (sampled): dotnet run -c Release --project tests/RareEarthWatch.Benchmarks -- --allocations
// Speed and allocations (BenchmarkDotNet): dotnet run -c Release --project tests/RareEarthWatch.Benchmarks -- --filter '*Extraction*'
return args.Contains("--allocations") ? AllocationProfile.Run() : args.Contains("--dump") ? OutputDump.Run(args) : args.Contains("--profile") ? StageProfile.Run(args) : args.Contains("--score")
    ? ScoreReport.Run(args)
    : Run(args);

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
    return 0;
}
