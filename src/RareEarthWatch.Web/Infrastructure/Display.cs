using System.Globalization;
using Microsoft.AspNetCore.Html;
using RareEarthWatch.Data.Queries;
using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Web.Infrastructure;

/// <summary>How numbers, dates and evidence are written on the pages. Stored text is always HTML-encoded.</summary>
public static class Display
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", Invariant) ?? "undated";

    public static string IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", Invariant) ?? "";

    public static string DateTime(DateTimeOffset? value) =>
        value is { } v ? v.ToString("d MMM yyyy HH:mm", Invariant) + " UTC" + OffsetText(v.Offset) : "undated";

    /// <summary>A source's publication as the page gave it: with its zone, without a zone, or a date alone.</summary>
    public static string Published(SourceView source) => source.PublishedLocal switch
    {
        null => "not stated",
        // A wire dateline writes no year ("SYDNEY, Oct 30 (Reuters) -"): the year was taken from when the file came in.
        { } v when !source.PublishedHasTime && ArticleMetadata.YearFromReceipt(source.PublishedSource)
            => v.ToString("d MMM yyyy", Invariant) + " (year not stated: from the upload)",
        { } v when !source.PublishedHasTime => v.ToString("d MMM yyyy", Invariant),
        { } v when !source.PublishedHasTimeZone => v.ToString("d MMM yyyy HH:mm", Invariant) + " (time zone not stated)",
        { } v => DateTime(v),
    };

    public static string Utc(System.DateTime value) => value.ToString("yyyy-MM-dd HH:mm", Invariant) + " UTC";

    /// <summary>"400–500 t", "1,200 t", "up to 1.2 Mt" — in metric tonnes, as stored.</summary>
    public static string Tonnes(double? min, double? max, string unit, string? qualifier = null)
    {
        var prefix = qualifier switch
        {
            "about" => "about ",
            "nearly" => "nearly ",
            "more_than" => "more than ",
            "at_least" => "at least ",
            "less_than" => "less than ",
            "up_to" => "up to ",
            _ => "",
        };
        if (min is null && max is null)
        {
            return qualifier == "vague" ? "unquantified (e.g. “thousands of tonnes”)" : "unquantified";
        }

        if (min is { } a && max is { } b && a != b)
        {
            return $"{prefix}{Number(a)}–{Number(b)} {unit}";
        }

        return $"{prefix}{Number(min ?? max!.Value)} {unit}";
    }

    public static string Number(double value) =>
        value >= 100 || value == Math.Floor(value) ? value.ToString("#,##0", Invariant) : value.ToString("#,##0.###", Invariant);

    /// <summary>The period in words, with the window the text names when it names one: "in a year (2024)", "per quarter (September quarter)".</summary>
    public static string Period(string period, string? detail) =>
        detail is null ? Period(period) : $"{Period(period)} ({detail})";

    /// <summary>The period vocabulary of docs/domain/tonnages.md in words.</summary>
    public static string Period(string period) => period switch
    {
        "per_year" => "per year",
        "per_year_implied" => "per year (implied)",
        "per_quarter" => "per quarter",
        "per_day" => "per day",
        "per_unit" => "per unit",
        "year" => "in a year",
        "half_year" => "in a half-year",
        "month" => "in a month",
        "one_off" => "one-off",
        "cumulative" => "cumulative",
        "none" => "stock (no period)",
        "unknown" => "not stated",
        _ => period.Replace('_', ' '),
    };

    /// <summary>Where an organisation of the reference data comes from, in words (the stored names are enum names).</summary>
    public static string OrganisationOrigin(string origin) => origin switch
    {
        "ReferenceFile" => "reference file (companies.csv)",
        "Analyst" => "added by an analyst",
        "Candidate" => "accepted from review",
        _ => origin,
    };

    /// <summary>"Nd|Pr" as the list of symbols.</summary>
    public static IReadOnlyList<string> Symbols(string? symbols) =>
        string.IsNullOrEmpty(symbols) ? [] : symbols.Split('|', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when a sentence opens with a quotation mark of its own, so the page does not quote it twice.</summary>
    public static bool OpensWithQuote(string sentence) =>
        sentence.Length > 0 && sentence[0] is '"' or '“' or '„' or '«' or '\'' or '‘';

    /// <summary>"1 article", "4 articles": a count with its noun in the right number.</summary>
    public static string Count(int count, string noun) =>
        count.ToString("N0", Invariant) + " " + (count == 1 ? noun : noun + "s");

    public static string Words(string? value) => string.IsNullOrEmpty(value) ? "—" : value.Replace('_', ' ');

    public static string FileSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", Invariant) + " KB",
        _ => (bytes / (1024.0 * 1024.0)).ToString("0.#", Invariant) + " MB",
    };

    /// <summary>The sentence with the matched span wrapped in &lt;mark&gt;; every piece of text is encoded.</summary>
    public static IHtmlContent Highlight(string sentence, int start, int length)
    {
        var builder = new HtmlContentBuilder();
        if (start < 0 || length <= 0 || start + length > sentence.Length)
        {
            return builder.Append(sentence);
        }

        builder.Append(sentence[..start]);
        builder.AppendHtml("<mark>");
        builder.Append(sentence.Substring(start, length));
        builder.AppendHtml("</mark>");
        builder.Append(sentence[(start + length)..]);
        return builder;
    }

    private static string OffsetText(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "" : (offset < TimeSpan.Zero ? "−" : "+") + offset.ToString(@"hh\:mm", Invariant);
}
