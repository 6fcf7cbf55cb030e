using RareEarthWatch.Data.Queries;

namespace RareEarthWatch.Web.Api;

/// <summary>
/// The read API other tools use (documented in docs/api.md; keep it stable):
/// <c>GET /api/stories</c> and <c>GET /api/stories/{id}</c>.
/// </summary>
internal static class StoriesApi
{
    public static IEndpointRouteBuilder MapStoriesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/stories").WithTags("Stories");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:int}", GetAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(
        StoryQueries queries,
        string? country,
        string? organisation,
        string? element,
        string? from,
        string? to,
        string? q,
        int? page,
        int? pageSize,
        CancellationToken ct)
    {
        var problems = new List<string>();
        var fromDate = ParseDate(from, "from", problems);
        var toDate = ParseDate(to, "to", problems);
        var filter = new StoryFilter(country, organisation, element, fromDate, toDate, q, page ?? 1, pageSize ?? StoryFilter.DefaultPageSize);
        problems.AddRange((await queries.ResolveAsync(filter, ct)).Problems);
        if (problems.Count > 0)
        {
            return Results.Problem(title: "Invalid filter", detail: string.Join(" ", problems), statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await queries.ListAsync(filter, ct);
        return Results.Ok(new StoryListResponse(
            result.Total,
            result.Page,
            result.PageSize,
            result.Items.Select(i => new StoryListItemResponse(i.Id, i.Title, FormatDate(i.Published), i.SourceCount)).ToList()));
    }

    private static async Task<IResult> GetAsync(int id, StoryQueries queries, CancellationToken ct)
    {
        var story = await queries.GetAsync(id, ct);
        if (story is null)
        {
            return Results.Problem(title: "Not found", detail: $"There is no story {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        return Results.Ok(new StoryResponse(
            story.Id,
            story.Title,
            FormatDate(story.Published),
            story.Sources.Select(s => new SourceResponse(s.Outlet, s.Agency, s.FileName, FormatDate(s.Published), s.Title)).ToList(),
            story.Organisations.Select(o => new OrganisationResponse(o.Id, o.Name, o.Kind)).ToList(),
            story.Countries.Select(c => new CountryResponse(c.Code, c.Name)).ToList(),
            story.Elements.Select(e => new ElementResponse(e.Symbol, e.Name, e.Products)).ToList(),
            story.Tonnages.Select(t => new TonnageResponse(
                t.Min, t.Max, t.Unit, t.Material, t.Period, t.SubjectName, t.Evidence.Count == 0 ? null : t.Evidence[0].Sentence,
                t.ElementSymbol, t.Qualifier, t.Basis, t.Measure, t.SubjectId, t.SubjectKind, t.ElementSymbols, t.PeriodDetail, t.ProductId)).ToList(),
            story.RareEarths.Count > 0));
    }

    private static DateOnly? ParseDate(string? value, string name, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"“{name}” must be a date written yyyy-MM-dd (got “{value}”).");
        return null;
    }

    private static string? FormatDate(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    internal sealed record StoryListResponse(int Total, int Page, int PageSize, IReadOnlyList<StoryListItemResponse> Items);

    internal sealed record StoryListItemResponse(int Id, string Title, string? Published, int SourceCount);

    internal sealed record StoryResponse(
        int Id,
        string Title,
        string? Published,
        IReadOnlyList<SourceResponse> Sources,
        IReadOnlyList<OrganisationResponse> Organisations,
        IReadOnlyList<CountryResponse> Countries,
        IReadOnlyList<ElementResponse> Elements,
        IReadOnlyList<TonnageResponse> Tonnages,
        bool MentionsRareEarths);

    internal sealed record SourceResponse(string? Outlet, string? Agency, string FileName, string? Published, string? Title);

    internal sealed record OrganisationResponse(string Id, string Name, string Kind);

    internal sealed record CountryResponse(string Code, string Name);

    internal sealed record ElementResponse(string Symbol, string Name, IReadOnlyList<string> Products);

    internal sealed record TonnageResponse(
        double? Min,
        double? Max,
        string Unit,
        string? Material,
        string Period,
        string? Subject,
        string? Evidence,
        string? ElementSymbol,
        string? Qualifier,
        string? Basis,
        string? Measure,
        string? SubjectId,
        string? SubjectKind,
        IReadOnlyList<string> ElementSymbols,
        string? PeriodDetail,
        string? ProductId);
}
