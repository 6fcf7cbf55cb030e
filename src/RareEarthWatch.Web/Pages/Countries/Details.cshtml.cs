using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RareEarthWatch.Data.Queries;
using RareEarthWatch.Extraction.Entities;

namespace RareEarthWatch.Web.Pages.Countries;

public sealed class DetailsModel(StoryQueries queries) : PageModel
{
    private const int TonnageRows = 20;

    private bool ShowAllTonnages => string.Equals(TonnagesShown, "all", StringComparison.OrdinalIgnoreCase);

    public CountryView Country { get; private set; } = null!;
    public StoryFilter Filter { get; private set; } = new();
    public StoryPage Stories { get; private set; } = null!;

    /// <summary>The latest tonnages the stored stories give for this country (it is their subject: its output, exports, quotas...).</summary>
    public TonnageSlice Tonnages { get; private set; } = new([], 0);

    /// <summary>"all" lists every tonnage about it, not only the latest.</summary>
    [BindProperty(SupportsGet = true, Name = "tonnages")] public string? TonnagesShown { get; set; }

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
        Tonnages = await queries.TonnagesAboutAsync(SubjectKinds.Country, country.Code, ShowAllTonnages ? null : TonnageRows, ct);
        return Page();
    }
}
