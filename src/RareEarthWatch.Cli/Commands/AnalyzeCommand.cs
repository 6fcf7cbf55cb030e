using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using RareEarthWatch.Extraction;
using RareEarthWatch.Extraction.Documents;
using Spectre.Console;

namespace RareEarthWatch.Cli.Commands;

/// <summary>
/// <c>analyze &lt;file or folder&gt;</c>: what the extraction finds in each file, as JSON (for scripts) or, with
/// <c>--format text</c>, as tables to read at a glance. Touches no database.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A saved article (.html, .htm, .mhtml, .mht, .txt) or a folder of them" };
        var format = new Option<string>("--format")
        {
            Description = "json (default: one JSON array, for scripts) or text (tables to read: metadata, organisations, countries, elements, tonnages, candidates)",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "text");
        var command = new Command("analyze", "Print what the extraction finds in each file: title, date, outlet, main text, organisations, countries, elements and tonnages with evidence (JSON, or tables with --format text).")
        {
            path,
            format,
        };
        command.SetAction(parse => Run(parse.GetValue(path)!, parse.GetValue(format) == "text"));
        return command;
    }

    private static int Run(string path, bool text)
    {
        IReadOnlyList<string> files;
        try
        {
            files = InputFiles.Find(path);
        }
        catch (FileNotFoundException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        var pipeline = ExtractionPipeline.CreateDefault();
        var results = new List<AnalyzedFile>();
        var failures = 0;
        foreach (var file in files)
        {
            try
            {
                results.Add(AnalyzedFile.From(Path.GetFileName(file), pipeline.Extract(InputFiles.Read(file) with { Received = DateTimeOffset.UtcNow })));
            }
            catch (DocumentRejectedException ex)
            {
                failures++;
                results.Add(AnalyzedFile.Rejected(Path.GetFileName(file), ex.Message));
            }
        }

        if (text)
        {
            foreach (var result in results)
            {
                AnalysisTables.Write(AnsiConsole.Console, result);
            }
        }
        else
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(results, Json.Options));
        }

        return failures == 0 ? 0 : 1;
    }

    internal sealed record AnalyzedFile(
        string File,
        string? Error,
        string? Format,
        string? Title,
        string? Published,
        string? PublishedSource,
        string? Outlet,
        string? Agency,
        string? DatelineCity,
        string? MainText,
        IReadOnlyList<OrganisationJson> Organisations,
        IReadOnlyList<CountryJson> Countries,
        IReadOnlyList<ElementJson> Elements,
        IReadOnlyList<TonnageJson> Tonnages,
        bool MentionsRareEarths,
        IReadOnlyList<string> RareEarthsEvidence,
        IReadOnlyList<CandidateJson> CandidateOrganisations,
        IReadOnlyList<string> Authors,
        string? CanonicalUrl,
        string? Language)
    {
        public static AnalyzedFile Rejected(string file, string reason) =>
            new(file, reason, null, null, null, null, null, null, null, null, [], [], [], [], false, [], [], [], null, null);

        public static AnalyzedFile From(string file, ExtractionResult r) => new(
            file,
            null,
            r.Format.ToString(),
            r.Metadata.Title,
            FormatPublished(r.Metadata),
            r.Metadata.PublishedSource,
            r.Metadata.Outlet,
            r.Metadata.Agency,
            r.Metadata.DatelineCity,
            r.MainText,
            r.Entities.Organisations.Select(o => new OrganisationJson(o.Id, o.Name, o.Kind, o.Evidence.Select(e => e.Sentence).Distinct().ToList())).ToList(),
            r.Entities.Countries.Select(c => new CountryJson(c.Code, c.Name, c.Evidence.Select(e => e.Sentence).Distinct().ToList())).ToList(),
            r.Entities.Elements.Select(e => new ElementJson(e.Symbol, e.Name, e.Products, e.Evidence.Select(x => x.Sentence).Distinct().ToList())).ToList(),
            r.Entities.Tonnages.Select(t => new TonnageJson(
                t.Min, t.Max, t.Unit, t.Material, t.Period, t.SubjectName, t.Evidence.Sentence,
                t.ElementSymbol, t.Qualifier, t.Basis, t.Measure, t.SubjectId, t.UnitAsWritten, t.SubjectKind,
                t.ElementSymbol?.Split('|', StringSplitOptions.RemoveEmptyEntries) ?? [], t.PeriodDetail, t.ProductId)).ToList(),
            r.Entities.MentionsRareEarths,
            r.Entities.RareEarthsEvidenceOrEmpty.Select(e => e.Sentence).Distinct().ToList(),
            r.Entities.Candidates.Select(c => new CandidateJson(c.Name, c.KindHint, c.CountryCode, c.Evidence.Select(e => e.Sentence).Distinct().ToList())).ToList(),
            r.Metadata.Authors,
            r.Metadata.CanonicalUrl,
            r.Metadata.Language);
    }

    /// <summary>ISO 8601 with the offset when the page gave a zone; without one otherwise (a date alone when no time).</summary>
    private static string? FormatPublished(RareEarthWatch.Extraction.Metadata.ArticleMetadata m) => m.Published switch
    {
        null => null,
        { } p when !m.PublishedHasTime => p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        { } p when !m.PublishedHasTimeZone => p.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        { } p => p.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
    };

    internal sealed record CandidateJson(string Name, string? KindHint, string? CountryCode, IReadOnlyList<string> Evidence);

    internal sealed record OrganisationJson(string Id, string Name, string Kind, IReadOnlyList<string> Evidence);

    internal sealed record CountryJson(string Code, string Name, IReadOnlyList<string> Evidence);

    internal sealed record ElementJson(string Symbol, string Name, IReadOnlyList<string> Products, IReadOnlyList<string> Evidence);

    internal sealed record TonnageJson(
        double? Min,
        double? Max,
        string Unit,
        string? Material,
        string Period,
        string? Subject,
        string Evidence,
        string? ElementSymbol,
        string? Qualifier,
        string? Basis,
        string? Measure,
        string? SubjectId,
        string UnitAsWritten,
        string? SubjectKind,
        IReadOnlyList<string> ElementSymbols,
        string? PeriodDetail,
        string? ProductId);
}
