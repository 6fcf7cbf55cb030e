namespace RareEarthWatch.IntegrationTests.Web;

// The JSON contract of docs/api.md, as a client would declare it.
public sealed record StoryListJson(int Total, int Page, int PageSize, List<StoryListItemJson> Items);

public sealed record StoryListItemJson(int Id, string Title, string? Published, int SourceCount);

public sealed record StoryJson(
    int Id,
    string Title,
    string? Published,
    List<SourceJson> Sources,
    List<OrganisationJson> Organisations,
    List<CountryJson> Countries,
    List<ElementJson> Elements,
    List<TonnageJson> Tonnages);

public sealed record SourceJson(string? Outlet, string? Agency, string FileName, string? Published);

public sealed record OrganisationJson(string Id, string Name, string Kind);

public sealed record CountryJson(string Code, string Name);

public sealed record ElementJson(string Symbol, string Name, List<string> Products);

public sealed record TonnageJson(
    double? Min,
    double? Max,
    string Unit,
    string? Material,
    string Period,
    string? Subject,
    string? Evidence,
    string? ElementSymbol = null,
    List<string>? ElementSymbols = null,
    string? Measure = null,
    string? ProductId = null,
    string? PeriodDetail = null);

public sealed record UploadResultJson(string FileName, string Status, string Message, int? StoryId, string? StoryTitle, int UploadId);
