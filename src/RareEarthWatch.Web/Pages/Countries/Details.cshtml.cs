using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RareEarthWatch.Data.Queries;

namespace RareEarthWatch.Web.Pages.Countries;

public sealed class DetailsModel(StoryQueries queries) : PageModel
{
    public CountryView Country { get; private set; } = null!;
    public StoryFilter Filter { get; private set; } = new();
    public StoryPage Stories { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var country = await queries.CountryAsync(code, ct);
        if (country is null)
        {
            return NotFound();
        }

        Country = country;
        Filter = new StoryFilter(Country: country.Code);
        Stories = await queries.ListAsync(Filter, ct);
        return Page();
    }
}
