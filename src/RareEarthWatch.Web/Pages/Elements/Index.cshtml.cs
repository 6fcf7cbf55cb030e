using Microsoft.AspNetCore.Mvc.RazorPages;
using RareEarthWatch.Data.Queries;

namespace RareEarthWatch.Web.Pages.Elements;

public sealed class IndexModel(StoryQueries queries) : PageModel
{
    public IReadOnlyList<Facet> Items { get; private set; } = [];
    public string BasePath => "/elements";
    public string What => "element";

    public async Task OnGetAsync(CancellationToken ct) => Items = (await queries.AllFacetsAsync(ct)).Elements;
}
