using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RareEarthWatch.Data.Queries;
using RareEarthWatch.Data.Reference;
using RareEarthWatch.Web.Background;

namespace RareEarthWatch.Web.Pages.Organisations;

public sealed class IndexModel(StoryQueries queries, ReferenceDataService reference, ReanalysisRunner reanalysis) : PageModel
{
    public IReadOnlyList<Facet> Items { get; private set; } = [];
    public IReadOnlyList<OrganisationSummary> Reference { get; private set; } = [];
    public IReadOnlyList<string> Excluded { get; private set; } = [];
    public IReadOnlyList<string> Kinds => ReferenceDataService.Kinds;
    public string BasePath => "/organisations";
    public string What => "organisation";

    [BindProperty(SupportsGet = true)] public bool All { get; set; }
    [TempData] public string? Message { get; set; }
    [TempData] public bool Failed { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Items = (await queries.AllFacetsAsync(ct)).Organisations;
        if (All)
        {
            Reference = await queries.AllOrganisationsAsync(ct);
            Excluded = await queries.ExcludedNamesAsync(ct);
        }
    }

    public async Task<IActionResult> OnPostAddAsync(string name, string kind, string? country, string? aliases, CancellationToken ct)
    {
        var change = await reference.AddOrganisationAsync(name, kind, country, (aliases ?? "").Split([',', '|', ';'], StringSplitOptions.RemoveEmptyEntries), ct);
        Message = change.Message;
        Failed = !change.Succeeded;
        if (!change.Succeeded)
        {
            return RedirectToPage();
        }

        reanalysis.Request();
        return RedirectToPage("Details", new { id = change.OrganisationId });
    }

    public async Task<IActionResult> OnPostExcludeAsync(string name, CancellationToken ct)
    {
        var change = await reference.ExcludeNameAsync(name, ct);
        Message = change.Message;
        Failed = !change.Succeeded;
        if (change.Succeeded)
        {
            reanalysis.Request();
        }

        return RedirectToPage(new { all = true });
    }
}
