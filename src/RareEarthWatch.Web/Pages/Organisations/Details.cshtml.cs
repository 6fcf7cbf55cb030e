using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RareEarthWatch.Data.Queries;
using RareEarthWatch.Extraction.Entities;
using RareEarthWatch.Data.Reference;
using RareEarthWatch.Web.Background;

namespace RareEarthWatch.Web.Pages.Organisations;

public sealed class DetailsModel(StoryQueries queries, ReferenceDataService reference, ReanalysisRunner reanalysis) : PageModel
{
    private const int TonnageRows = 20;

    private bool ShowAllTonnages => string.Equals(TonnagesShown, "all", StringComparison.OrdinalIgnoreCase);

    public OrganisationView Organisation { get; private set; } = null!;
    public StoryFilter Filter { get; private set; } = new();
    public StoryPage Stories { get; private set; } = null!;
    public IReadOnlyList<OrganisationSummary> Others { get; private set; } = [];

    /// <summary>The latest tonnages the stored stories give for this organisation (it is their subject).</summary>
    public TonnageSlice Tonnages { get; private set; } = new([], 0);

    /// <summary>"all" lists every tonnage about it, not only the latest.</summary>
    [BindProperty(SupportsGet = true, Name = "tonnages")] public string? TonnagesShown { get; set; }

    [TempData] public string? Message { get; set; }
    [TempData] public bool Failed { get; set; }

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
        Tonnages = await queries.TonnagesAboutAsync(SubjectKinds.Organisation, organisation.Id, ShowAllTonnages ? null : TonnageRows, ct);
        Others = (await queries.AllOrganisationsAsync(ct)).Where(o => o.Id != organisation.Id).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAliasAsync(string id, string alias, CancellationToken ct) =>
        Done(await reference.AddAliasAsync(id, alias, ct), id);

    public async Task<IActionResult> OnPostMergeAsync(string id, string into, CancellationToken ct) =>
        Done(await reference.MergeAsync(id, into, ct), id);

    public async Task<IActionResult> OnPostNotOrganisationAsync(string id, CancellationToken ct) =>
        Done(await reference.MarkNotOrganisationAsync(id, ct), id);

    private RedirectToPageResult Done(ReferenceChange change, string id)
    {
        Message = change.Message;
        Failed = !change.Succeeded;
        if (change.Succeeded)
        {
            reanalysis.Request();
        }

        return RedirectToPage(new { id = change.OrganisationId ?? id });
    }
}
