using Microsoft.AspNetCore.Mvc.RazorPages;
using RareEarthWatch.Data.Queries;

namespace RareEarthWatch.Web.Pages;

public sealed class IndexModel(StoryQueries queries) : PageModel
{
    public DashboardView Dashboard { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Dashboard = await queries.DashboardAsync(ct);
}
