using System.Diagnostics;
using System.Globalization;
using AngleSharp.Html.Parser;
using RareEarthWatch.Extraction;
using RareEarthWatch.Extraction.Documents;
using RareEarthWatch.Extraction.MainText;
using RareEarthWatch.Extraction.MainText.Html;

namespace RareEarthWatch.Benchmarks;

/// <summary>`--profile`: milliseconds per pass over all pages for each reading stage alone, to find hot spots.</summary>
internal static class StageProfile
{
    private const int Passes = 5;

    public static int Run(string[] args)
    {
        if (args.Contains("--loop"))
        {
            // For a sampling profiler: read all pages over and over.
            var loopReader = new ArticleReader(new ExtractionOptions());
            var loopPages = BenchmarkPages.Load();
            var total = 0;
            for (var i = 0; i < 40; i++)
            {
                total += loopPages.Sum(p => loopReader.Read(new RawDocument(p.Id + ".html", p.Bytes)).MainText.Length);
            }

            return total > 0 ? 0 : 1;
        }

        if (args.Contains("--passes"))
        {
            // What one BenchmarkDotNet process measures, without its build: 15 warm-up passes over all pages, then the mean
            // of 10 timed passes, with the collections they cost. Run it in several processes: the spread is between them.
            var passReader = new ArticleReader(new ExtractionOptions());
            var passPages = BenchmarkPages.Load();
            int Pass() => passPages.Sum(p => passReader.Read(new RawDocument(p.Id + ".html", p.Bytes)).MainText.Length);
            for (var warm = 0; warm < 15; warm++)
            {
                Pass();
            }

            var (c0, c1, c2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var times = new List<double>();
            for (var k = 0; k < 10; k++)
            {
                var watch = Stopwatch.StartNew();
                Pass();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mean {times.Average():0.0} ms, median {(times[4] + times[5]) / 2:0.0}, best {times[0]:0.0}; per pass GCs gen0 {(GC.CollectionCount(0) - c0) / 10.0:0.0} gen1 {(GC.CollectionCount(1) - c1) / 10.0:0.0} gen2 {(GC.CollectionCount(2) - c2) / 10.0:0.0}, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds / 10:0.0} ms"));
            return 0;
        }

        if (args.Contains("--pages"))
        {
            // Milliseconds per page (best of ten reads), slowest first: where a speed change pays most.
            var pageReader = new ArticleReader(new ExtractionOptions());
            var all = BenchmarkPages.Load();
            for (var warm = 0; warm < 15; warm++)
            {
                foreach (var p in all)
                {
                    pageReader.Read(new RawDocument(p.Id + ".html", p.Bytes));
                }
            }

            var timed = all.Select(p =>
            {
                var best = double.MaxValue;
                for (var k = 0; k < 10; k++)
                {
                    var watch = Stopwatch.StartNew();
                    pageReader.Read(new RawDocument(p.Id + ".html", p.Bytes));
                    best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
                }

                return (p.Id, p.Bytes.Length, best);
            }).OrderByDescending(t => t.best).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sum of best {timed.Sum(t => t.best):0.0} ms"));
            foreach (var (id, bytes, best) in timed.Take(25))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{best,8:0.00} ms {bytes / 1024,6} KB {id[..12]}"));
            }

            return 0;
        }

        var pages = BenchmarkPages.Load();
        var options = new ExtractionOptions();
        var loader = new DocumentLoader(options.MaxDocumentBytes, options.Reading);
        var loaded = pages.Select(p => loader.Load(new RawDocument(p.Id + ".html", p.Bytes))).ToList();
        var texts = loaded.Select(l => l.Content.ToText()).ToList();
        var parser = new HtmlParser();
        var reader = new ArticleReader(options);

        Measure("load (sniff + decode)", () => pages.Sum(p => Length(loader.Load(new RawDocument(p.Id + ".html", p.Bytes)))));
        Measure("reject unreadable", () => pages.Sum(p => { ContentSniffer.RejectUnreadable(p.Bytes, options.MaxDocumentBytes, options.Reading.MaxControlByteShare, options.Reading.SniffBytes); return 1; }));
        Measure("preview", () => pages.Sum(p => TextDecoder.Preview(p.Bytes, options.Reading.SniffBytes).Length));
        var previews = pages.Select(p => TextDecoder.Preview(p.Bytes, options.Reading.SniffBytes)).ToList();
        Measure("is mhtml", () => previews.Sum(p => ContentSniffer.IsMhtml(p) ? 1 : 0));
        Measure("is html", () => previews.Sum(p => ContentSniffer.IsHtml(p) ? 1 : 0));
        Measure("decode", () => pages.Sum(p => TextDecoder.Decode(p.Bytes, null, true, options.Reading.SniffBytes).Text.Length));
        Measure("UTF-8 GetString only", () => pages.Sum(p => System.Text.Encoding.UTF8.GetString(p.Bytes, 3, p.Bytes.Length - 3).Length));
        Measure("markup scan", () => loaded.Sum(l => { using var scan = MarkupScanner.Scan(l.Content.Chars, options.Reading.MaxHtmlElements, options.Reading.MaxNestingDepth); return scan.StartTags; }));
        var scanned = loaded.Select(l => { using var scan = MarkupScanner.Scan(l.Content.Chars, options.Reading.MaxHtmlElements, options.Reading.MaxNestingDepth); return scan.Text; }).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chars decoded {loaded.Sum(l => (long)l.Content.Chars.Length)}, left for the parser after the scan {scanned.Sum(t => (long)t.Length)}"));
        var positions = new List<(AngleSharp.Dom.IElement, int)>();
        var reading = new HtmlParser(new HtmlParserOptions { OnCreated = (e, at) => positions.Add((e, at.Position)), DisableElementPositionTracking = true }, AngleSharp.BrowsingContext.New(new AngleSharp.Configuration()));
        Measure("AngleSharp parse of the scanned markup (as read)", () => scanned.Sum(t => { positions.Clear(); using var d = reading.ParseDocument(t); return d.All.Length; }));
        Measure("AngleSharp parse, shared parser", () => texts.Sum(t => { using var d = parser.ParseDocument(t); return d.All.Length; }));
        var lean = new HtmlParser(new HtmlParserOptions(), AngleSharp.BrowsingContext.New(new AngleSharp.Configuration()));
        Measure("AngleSharp parse, lean context", () => texts.Sum(t => { using var d = lean.ParseDocument(t); return d.All.Length; }));
        var stripped = texts.Select(t => System.Text.RegularExpressions.Regex.Replace(t, @"<script\b(?![^>]*ld\+json)[^>]*>.*?</script\s*>|<style\b[^>]*>.*?</style\s*>|<!--.*?-->|<svg\b.*?</svg\s*>", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.IgnoreCase)).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chars {loaded.Sum(l => (long)l.Content.Chars.Length)} stripped {stripped.Sum(l => (long)l.Length)}"));
        Measure("AngleSharp parse, lean, stripped", () => stripped.Sum(l => { using var d = lean.ParseDocument(l); return d.All.Length; }));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"same element counts lean vs default: {loaded.All(l => { using var a = lean.ParseDocument(l.Content.ToText()); using var b = parser.ParseDocument(l.Content.ToText()); return a.All.Length == b.All.Length && a.Body?.TextContent == b.Body?.TextContent; })}"));
        var retries = 0;
        var retried = new List<string>();
        var current = string.Empty;
        var tracing = new ArticleReader(options) { Trace = line => { if (line.StartsWith("too little", StringComparison.Ordinal)) { retries++; retried.Add(current); } } };
        foreach (var p in pages)
        {
            current = $"{p.Id} ({p.Bytes.Length / 1024} KB)";
            tracing.Read(new RawDocument(p.Id + ".html", p.Bytes));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pages read twice (retry without class names): {retries}: {string.Join(", ", retried)}; all pages {pages.Sum(p => (long)p.Bytes.Length) / 1024} KB"));
        Measure("AngleSharp parse, new parser each", () => loaded.Sum(l => { using var d = new HtmlParser().ParseDocument(l.Content.ToText()); return d.All.Length; }));
        Measure("ArticleReader.Read (all)", () => pages.Sum(p => reader.Read(new RawDocument(p.Id + ".html", p.Bytes)).MainText.Length));
        Measure("load again", () => pages.Sum(p => Length(loader.Load(new RawDocument(p.Id + ".html", p.Bytes)))));
        Measure("SmartReader", () => pages.Sum(p => new SmartReader.Reader("https://example.org/article", p.Html).GetArticle().TextContent?.Length ?? 0));
        return 0;
    }

    private static int Length(LoadedDocument loaded)
    {
        using (loaded)
        {
            return loaded.Content.Chars.Length;
        }
    }

    private static void Measure(string name, Func<int> pass)
    {
        pass();
        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        long allocated = 0;
        var gen0 = 0;
        var gen2 = 0;
        var pause = TimeSpan.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < Passes; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var (g0, g2) = (GC.CollectionCount(0), GC.CollectionCount(2));
            var pauseBefore = GC.GetTotalPauseDuration();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            pass();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks, (GC.GetTotalPauseDuration() - pauseBefore).Ticks));
            process.Refresh();
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            (gen0, gen2) = (GC.CollectionCount(0) - g0, GC.CollectionCount(2) - g2);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40} {best,8:0.0} ms/pass wall {bestCpu,8:0.0} ms/pass CPU {allocated / 1048576.0,8:0.0} MB/pass, GCs gen0 {gen0} gen2 {gen2}, GC pause {pause.TotalMilliseconds,6:0.0} ms (least)"));
    }
}
