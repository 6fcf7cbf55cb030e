using Microsoft.AspNetCore.Mvc.RazorPages;
using RareEarthWatch.Data.Queries;

namespace RareEarthWatch.Web.Pages.Organisations;

public sealed class IndexModel(StoryQueries queries) : PageModel
{
    public IReadOnlyList<Facet> Items { get; private set; } = [];
    public string BasePath => "/organisations";
    public string What => "organisation";

    public async Task OnGetAsync(CancellationToken ct) => Items = (await queries.AllFacetsAsync(ct)).Organisations;
}
