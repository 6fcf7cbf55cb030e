using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RareEarthWatch.Extraction;
using RareEarthWatch.Extraction.MainText;
using RareEarthWatch.Extraction.MainText.Provenance;
using RareEarthWatch.Extraction.Tests.Reading.Benchmark;

namespace RareEarthWatch.Benchmarks;

/// <summary>
/// `--score`: runs ours and SmartReader on every benchmark page, scores both with the same metric
/// (the C# port of score.py, <see cref="ShingleMetric"/>), and prints the overall table, a
/// per-class table, the pages where we lose most, and a quick single-thread timing (the
/// authoritative speed figures come from the BenchmarkDotNet run). Optional:
/// `--out report.md` writes the report; `--predictions folder` writes predictions-*.json for score.py;
/// `--peer name=predictions.json` (repeatable) scores another extractor's predictions file (benchmark
/// format, every page id) with the same metric and adds it to every table, e.g. Mozilla Readability's
/// from tests/readability-peer/run.mjs (`--peer readability=...`). A peer has no timing here: it is
/// timed by whatever produced its file.
/// </summary>
internal static class ScoreReport
{
    private const int TimingPasses = 3;
    private const int WorstPages = 12;

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string[] args)
    {
        var pages = BenchmarkPages.Load();
        var reader = new ArticleReader(new ExtractionOptions());
        var ours = new List<ShingleMetric.PageScore>();
        var theirs = new List<ShingleMetric.PageScore>();
        var oursPredictions = new SortedDictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var theirPredictions = new SortedDictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var classes = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        long mappable = 0, mapped = 0, wrong = 0;
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var read = reader.Read(new RawDocument(page.Id + ".html", page.Bytes));
            var predicted = read.MainText;
            var (m, total, bad) = Provenance(read);
            mapped += m;
            mappable += total;
            wrong += bad;
            var smart = new SmartReader.Reader("https://example.org/article", page.Html).GetArticle().TextContent ?? string.Empty;
            oursPredictions[page.Id] = new() { ["articleBody"] = predicted };
            theirPredictions[page.Id] = new() { ["articleBody"] = smart };
            var score = ShingleMetric.Score(page.Id, page.Truth, predicted);
            ours.Add(score);
            theirs.Add(ShingleMetric.Score(page.Id, page.Truth, smart));
            foreach (var name in PageClasses.Of(page, score.TrueTokens))
            {
                if (!classes.TryGetValue(name, out var members))
                {
                    classes[name] = members = [];
                    order.Add(name);
                }

                members.Add(i);
            }
        }

        var peers = Peers(args, pages);
        var (oursSeconds, theirSeconds) = Time(pages, reader);
        var report = Report(pages.Count, ours, theirs, peers, classes, order, oursSeconds, theirSeconds)
            + string.Create(CultureInfo.InvariantCulture, $"\n## Provenance\n\nMain-text letters and digits with an origin in the page: {mapped} of {mappable} ({(double)mapped / Math.Max(1, mappable):P2}); origins whose source characters differ from the main text: {wrong}.\n");
        Console.WriteLine(report);
        if (Option(args, "--out") is { } outPath)
        {
            File.WriteAllText(outPath, report, new UTF8Encoding(false));
        }

        if (Option(args, "--predictions") is { } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "predictions-rareearthwatch.json"), JsonSerializer.Serialize(oursPredictions, JsonOptions), new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(folder, "predictions-smartreader.json"), JsonSerializer.Serialize(theirPredictions, JsonOptions), new UTF8Encoding(false));
        }

        return 0;
    }

    /// <summary>Letters and digits of the main text with an origin, all of them, and origins whose source text differs.</summary>
    private static (long Mapped, long Total, long Wrong) Provenance(ReadArticle read)
    {
        long mapped = 0, total = 0, wrong = 0;
        var text = read.MainText;
        var map = read.Source;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                continue;
            }

            total++;
            if (map.SourceOffset(i) is not { } at)
            {
                continue;
            }

            mapped++;
            if (map.SourceText[at] != text[i] && map.SourceText[at] != '&')
            {
                wrong++;
            }
        }

        return (mapped, total, wrong);
    }

    /// <summary>An external extractor's predictions, scored page by page in the order of <paramref name="pages"/>.</summary>
    private sealed record Peer(string Name, List<ShingleMetric.PageScore> Scores);

    private static List<Peer> Peers(string[] args, IReadOnlyList<BenchmarkPage> pages)
    {
        var peers = new List<Peer>();
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] != "--peer")
            {
                continue;
            }

            var spec = args[i + 1];
            var eq = spec.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new ArgumentException($"--peer wants name=predictions.json, got '{spec}'.");
            }

            var name = spec[..eq];
            name = name == "readability" ? "Mozilla Readability" : name;
            using var json = JsonDocument.Parse(File.ReadAllBytes(spec[(eq + 1)..]));
            var scores = new List<ShingleMetric.PageScore>(pages.Count);
            foreach (var page in pages)
            {
                if (!json.RootElement.TryGetProperty(page.Id, out var entry))
                {
                    throw new InvalidDataException($"{spec[(eq + 1)..]} has no prediction for page {page.Id}.");
                }

                var text = entry.TryGetProperty("articleBody", out var body) ? body.GetString() ?? string.Empty : string.Empty;
                scores.Add(ShingleMetric.Score(page.Id, page.Truth, text));
            }

            peers.Add(new Peer(name, scores));
        }

        return peers;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>Seconds per pass over all pages, best of a few passes, one thread (after the scoring pass warmed both up).</summary>
    private static (double Ours, double Theirs) Time(IReadOnlyList<BenchmarkPage> pages, ArticleReader reader)
    {
        double ours = double.MaxValue, theirs = double.MaxValue;
        for (var pass = 0; pass < TimingPasses; pass++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var page in pages)
            {
                _ = reader.Read(new RawDocument(page.Id + ".html", page.Bytes));
            }

            ours = Math.Min(ours, watch.Elapsed.TotalSeconds);
            watch.Restart();
            foreach (var page in pages)
            {
                _ = new SmartReader.Reader("https://example.org/article", page.Html).GetArticle();
            }

            theirs = Math.Min(theirs, watch.Elapsed.TotalSeconds);
        }

        return (ours, theirs);
    }

    private static string Report(
        int pageCount,
        List<ShingleMetric.PageScore> ours,
        List<ShingleMetric.PageScore> theirs,
        List<Peer> peers,
        Dictionary<string, List<int>> classes,
        List<string> order,
        double oursSeconds,
        double theirSeconds)
    {
        var sb = new StringBuilder();
        var o = ShingleMetric.Aggregate(ours);
        var t = ShingleMetric.Aggregate(theirs);
        Line(sb, $"# Extraction benchmark, dev split ({pageCount} pages), measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Line(sb, string.Empty);
        Line(sb, "| extractor | F1 | precision | recall | exact pages | empty predictions | quick timing (pages/s, 1 thread) |");
        Line(sb, "| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        Line(sb, $"| RareEarthWatch ArticleReader | {o.F1:0.000} | {o.Precision:0.000} | {o.Recall:0.000} | {o.Accuracy:0.000} | {o.EmptyPredictions} | {pageCount / oursSeconds:0.0} |");
        Line(sb, $"| SmartReader 0.11 (TextContent) | {t.F1:0.000} | {t.Precision:0.000} | {t.Recall:0.000} | {t.Accuracy:0.000} | {t.EmptyPredictions} | {pageCount / theirSeconds:0.0} |");
        foreach (var peer in peers)
        {
            var a = ShingleMetric.Aggregate(peer.Scores);
            Line(sb, $"| {peer.Name} (predictions file) | {a.F1:0.000} | {a.Precision:0.000} | {a.Recall:0.000} | {a.Accuracy:0.000} | {a.EmptyPredictions} | timed by its own runner |");
        }
        Line(sb, string.Empty);
        Line(sb, "## By class of page");
        Line(sb, string.Empty);
        Line(sb, "| class | pages | ours F1 (P / R) | SmartReader F1 (P / R) |" + string.Concat(peers.Select(p => $" {p.Name} F1 (P / R) |")) + " ours - SmartReader |" + string.Concat(peers.Select(p => $" ours - {p.Name} |")));
        Line(sb, "| --- | ---: | --- | --- |" + string.Concat(peers.Select(_ => " --- |")) + " ---: |" + string.Concat(peers.Select(_ => " ---: |")));
        foreach (var name in order.OrderBy(n => n == "all pages" ? string.Empty : n, StringComparer.Ordinal))
        {
            var members = classes[name];
            var co = ShingleMetric.Aggregate(members.Select(i => ours[i]).ToList());
            var ct = ShingleMetric.Aggregate(members.Select(i => theirs[i]).ToList());
            var cp = peers.Select(p => ShingleMetric.Aggregate(members.Select(i => p.Scores[i]).ToList())).ToList();
            Line(sb, $"| {name} | {members.Count} | {co.F1:0.000} ({co.Precision:0.000} / {co.Recall:0.000}) | {ct.F1:0.000} ({ct.Precision:0.000} / {ct.Recall:0.000}) |"
                + string.Concat(cp.Select(c => string.Create(CultureInfo.InvariantCulture, $" {c.F1:0.000} ({c.Precision:0.000} / {c.Recall:0.000}) |")))
                + string.Create(CultureInfo.InvariantCulture, $" {co.F1 - ct.F1:+0.000;-0.000;0.000} |")
                + string.Concat(cp.Select(c => string.Create(CultureInfo.InvariantCulture, $" {co.F1 - c.F1:+0.000;-0.000;0.000} |"))));
        }

        Line(sb, string.Empty);
        Line(sb, "## Our worst pages");
        Line(sb, string.Empty);
        Line(sb, "| page | ours F1 (P / R) | SmartReader F1 |" + string.Concat(peers.Select(p => $" {p.Name} F1 |")) + " true words | our words |");
        Line(sb, "| --- | --- | ---: |" + string.Concat(peers.Select(_ => " ---: |")) + " ---: | ---: |");
        foreach (var i in Enumerable.Range(0, ours.Count).OrderBy(i => ours[i].F1).Take(WorstPages))
        {
            Line(sb, $"| {ours[i].Id[..12]} | {ours[i].F1:0.000} ({ours[i].Precision:0.000} / {ours[i].Recall:0.000}) | {theirs[i].F1:0.000} |"
                + string.Concat(peers.Select(p => string.Create(CultureInfo.InvariantCulture, $" {p.Scores[i].F1:0.000} |")))
                + string.Create(CultureInfo.InvariantCulture, $" {ours[i].TrueTokens} | {ours[i].PredictedTokens} |"));
        }

        Line(sb, string.Empty);
        Line(sb, "## Pages where SmartReader beats us by more than 0.01 F1");
        Line(sb, string.Empty);
        Line(sb, "| page | ours F1 (P / R) | SmartReader F1 (P / R) |");
        Line(sb, "| --- | --- | --- |");
        foreach (var i in Enumerable.Range(0, ours.Count).Where(i => theirs[i].F1 - ours[i].F1 > 0.01).OrderByDescending(i => theirs[i].F1 - ours[i].F1))
        {
            Line(sb, $"| {ours[i].Id[..12]} | {ours[i].F1:0.000} ({ours[i].Precision:0.000} / {ours[i].Recall:0.000}) | {theirs[i].F1:0.000} ({theirs[i].Precision:0.000} / {theirs[i].Recall:0.000}) |");
        }

        foreach (var peer in peers)
        {
            var p = peer.Scores;
            Line(sb, string.Empty);
            Line(sb, $"## Pages where {peer.Name} beats us by more than 0.01 F1");
            Line(sb, string.Empty);
            Line(sb, $"| page | ours F1 (P / R) | {peer.Name} F1 (P / R) |");
            Line(sb, "| --- | --- | --- |");
            foreach (var i in Enumerable.Range(0, ours.Count).Where(i => p[i].F1 - ours[i].F1 > 0.01).OrderByDescending(i => p[i].F1 - ours[i].F1))
            {
                Line(sb, $"| {ours[i].Id[..12]} | {ours[i].F1:0.000} ({ours[i].Precision:0.000} / {ours[i].Recall:0.000}) | {p[i].F1:0.000} ({p[i].Precision:0.000} / {p[i].Recall:0.000}) |");
            }
        }

        return sb.ToString();
    }

    private static void Line(StringBuilder sb, FormattableString line) => sb.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');

    private static void Line(StringBuilder sb, string line) => sb.Append(line).Append('\n');
}
