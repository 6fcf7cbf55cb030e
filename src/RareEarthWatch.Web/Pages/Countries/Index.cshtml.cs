using Microsoft.AspNetCore.Mvc.RazorPages;
using RareEarthWatch.Data.Queries;

namespace RareEarthWatch.Web.Pages.Countries;

public sealed class IndexModel(StoryQueries queries) : PageModel
{
    public IReadOnlyList<Facet> Items { get; private set; } = [];
    public string BasePath => "/countries";
    public string What => "country";

    public async Task OnGetAsync(CancellationToken ct) => Items = (await queries.AllFacetsAsync(ct)).Countries;
}
