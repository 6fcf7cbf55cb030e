using System.Diagnostics.Tracing;
using System.Globalization;
using RareEarthWatch.Extraction;
using RareEarthWatch.Extraction.MainText;

namespace RareEarthWatch.Benchmarks;

/// <summary>
/// `--allocations`: which types our reader allocates, from the runtime's allocation sampling (one
/// event per ~100 KB allocated, naming the type that crossed the mark), over five passes of all pages.
/// </summary>
internal static class AllocationProfile
{
    private const int Passes = 5;

    public static int Run()
    {
        var pages = BenchmarkPages.Load();
        var reader = new ArticleReader(new ExtractionOptions());
        // Warm up as the BenchmarkDotNet job does (15 passes): until then tier-0 code allocates what optimised code does not (boxed enums).
        for (var i = 0; i < 15; i++)
        {
            _ = pages.Sum(p => reader.Read(new RawDocument(p.Id + ".html", p.Bytes)).MainText.Length);
        }

        using var listener = new AllocationListener();
        var total = 0;
        for (var i = 0; i < Passes; i++)
        {
            total += pages.Sum(p => reader.Read(new RawDocument(p.Id + ".html", p.Bytes)).MainText.Length);
        }

        var sampled = listener.Bytes.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sampled {sampled / 1048576.0 / Passes:0.0} MB per pass over {pages.Count} pages ({total} chars read)"));
        foreach (var (type, bytes) in listener.Bytes.OrderByDescending(p => p.Value).Take(30))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0 / Passes,8:0.0} MB  {100.0 * bytes / sampled,5:0.0}%  {type}"));
        }

        return 0;
    }

    private sealed class AllocationListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;

        public Dictionary<string, long> Bytes { get; } = [];

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
            {
                return;
            }

            var type = eventData.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? eventData.Payload[t] as string ?? "?" : "?";
            var amount = eventData.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(eventData.Payload[a], CultureInfo.InvariantCulture) : 100_000;
            lock (Bytes)
            {
                Bytes[type] = Bytes.GetValueOrDefault(type) + amount;
            }
        }
    }
}
