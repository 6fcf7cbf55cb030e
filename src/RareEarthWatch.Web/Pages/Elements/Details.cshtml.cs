using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RareEarthWatch.Data.Queries;

namespace RareEarthWatch.Web.Pages.Elements;

public sealed class DetailsModel(StoryQueries queries) : PageModel
{
    public ElementView Element { get; private set; } = null!;
    public StoryFilter Filter { get; private set; } = new();
    public StoryPage Stories { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string symbol, CancellationToken ct)
    {
        var element = await queries.ElementAsync(symbol, ct);
        if (element is null)
        {
            return NotFound();
        }

        Element = element;
        Filter = new StoryFilter(Element: element.Symbol);
        Stories = await queries.ListAsync(Filter, ct);
        return Page();
    }
}
