using System.Text.Encodings.Web;
using System.Text.Json;
using RareEarthWatch.Extraction;
using RareEarthWatch.Extraction.MainText;

namespace RareEarthWatch.Benchmarks;

/// <summary>
/// `--dump file.jsonl`: everything the reader gives for each benchmark page (main text, every metadata field, every
/// source-map run), one JSON line per page in id order. Two dumps taken before and after a speed change are compared
/// with `cmp` (or `diff`) to show the change left the output exactly as it was.
/// </summary>
internal static class OutputDump
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string[] args)
    {
        var at = Array.IndexOf(args, "--dump");
        if (at + 1 >= args.Length)
        {
            Console.Error.WriteLine("--dump needs the file to write, e.g. --dump /tmp/before.jsonl");
            return 2;
        }

        var reader = new ArticleReader(new ExtractionOptions());
        using var output = new StreamWriter(args[at + 1]);
        foreach (var page in BenchmarkPages.Load())
        {
            var read = reader.Read(new RawDocument(page.Id + ".html", page.Bytes));
            output.WriteLine(JsonSerializer.Serialize(
                new { page.Id, read.Format, read.MainText, read.Metadata, Source = read.Source.Spans },
                Json));
        }

        Console.WriteLine($"wrote {args[at + 1]}");
        return 0;
    }
}
