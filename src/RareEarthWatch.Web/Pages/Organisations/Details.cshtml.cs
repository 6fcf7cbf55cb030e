using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RareEarthWatch.Data.Queries;

namespace RareEarthWatch.Web.Pages.Organisations;

public sealed class DetailsModel(StoryQueries queries) : PageModel
{
    public OrganisationView Organisation { get; private set; } = null!;
    public StoryFilter Filter { get; private set; } = new();
    public StoryPage Stories { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var organisation = await queries.OrganisationAsync(id, ct);
        if (organisation is null)
        {
            return NotFound();
        }

        Organisation = organisation;
        Filter = new StoryFilter(Organisation: organisation.Id);
        Stories = await queries.ListAsync(Filter, ct);
        return Page();
    }
}
