using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RareEarthWatch.Data.Queries;

namespace RareEarthWatch.Web.Pages.Stories;

public sealed class IndexModel(StoryQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public string? Organisation { get; set; }
    [BindProperty(SupportsGet = true)] public string? Element { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public StoryFilter Filter { get; private set; } = new();
    public ResolvedFilter Resolved { get; private set; } = new(null, null, null, null, null, null, []);
    public StoryPage Result { get; private set; } = new(0, 1, StoryFilter.DefaultPageSize, []);
    public StoryFacets Facets { get; private set; } = new([], [], []);

    /// <summary>Stories that match every other filter but have no date, so a date range leaves them out.</summary>
    public int UndatedLeftOut { get; private set; }
    public bool IsFiltered => Country is not null || Organisation is not null || Element is not null || From is not null || To is not null || !string.IsNullOrWhiteSpace(Q);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter = new StoryFilter(Country, Organisation, Element, From, To, Q, PageNumber);
        Resolved = await queries.ResolveAsync(Filter, ct);
        Result = await queries.ListAsync(Filter, ct);
        Facets = await queries.FacetsAsync(Filter with { Page = 1 }, ct);
        UndatedLeftOut = await queries.UndatedLeftOutAsync(Filter, ct);
    }
}
