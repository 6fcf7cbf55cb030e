using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RareEarthWatch.Data.Queries;

namespace RareEarthWatch.Web.Pages.Elements;

public sealed class DetailsModel(StoryQueries queries) : PageModel
{
    private const int TonnageRows = 20;

    public ElementView Element { get; private set; } = null!;

    /// <summary>The latest tonnages of materials that are or contain this element (none for rare earths in general).</summary>
    public TonnageSlice Tonnages { get; private set; } = new([], 0);

    /// <summary>"all" lists every tonnage of the element, not only the latest.</summary>
    [BindProperty(SupportsGet = true, Name = "tonnages")] public string? TonnagesShown { get; set; }
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
        if (!element.IsRareEarthsTag)
        {
            var all = string.Equals(TonnagesShown, "all", StringComparison.OrdinalIgnoreCase);
            Tonnages = await queries.TonnagesOfElementAsync(element.Symbol, all ? null : TonnageRows, ct);
        }

        return Page();
    }
}
