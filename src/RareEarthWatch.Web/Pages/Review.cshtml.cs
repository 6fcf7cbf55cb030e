using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RareEarthWatch.Data.Queries;
using RareEarthWatch.Data.Reference;
using RareEarthWatch.Web.Background;

namespace RareEarthWatch.Web.Pages;

/// <summary>Names that look like organisations but are not in the reference data: accept or reject them.</summary>
public sealed class ReviewModel(StoryQueries queries, ReferenceDataService reference, ReanalysisRunner reanalysis) : PageModel
{
    private const int Shown = 100;
    private const int EvidenceShown = 3;

    public IReadOnlyList<CandidateView> Candidates { get; private set; } = [];
    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];
    public IReadOnlyList<string> Kinds => ReferenceDataService.Kinds;

    /// <summary>The candidate's kind hint when it is one of the kinds, else "other" for the analyst to set.</summary>
    public string DefaultKind(CandidateView candidate) =>
        candidate.KindHint is { } hint && Kinds.Contains(hint, StringComparer.Ordinal) ? hint : "other";

    [TempData] public string? Message { get; set; }
    [TempData] public bool Failed { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Candidates = await queries.CandidatesAsync(Shown, EvidenceShown, ct);
        Organisations = await queries.AllOrganisationsAsync(ct);
    }

    public async Task<IActionResult> OnPostAcceptAsync(int id, string name, string kind, string? country, string? sameAs, CancellationToken ct) =>
        Done(await reference.AcceptCandidateAsync(id, name, kind, country, sameAs, ct));

    public async Task<IActionResult> OnPostRejectAsync(int id, CancellationToken ct) =>
        Done(await reference.RejectCandidateAsync(id, ct));

    private RedirectToPageResult Done(ReferenceChange change)
    {
        Message = change.Message;
        Failed = !change.Succeeded;
        if (change.Succeeded)
        {
            reanalysis.Request();
        }

        return RedirectToPage();
    }
}
