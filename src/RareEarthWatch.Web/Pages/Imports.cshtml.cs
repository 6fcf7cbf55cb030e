using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RareEarthWatch.Data.Ingestion;
using RareEarthWatch.Data.Queries;

namespace RareEarthWatch.Web.Pages;

/// <summary>Every file ever handed to the app and its outcome, so no failure is silent.</summary>
public sealed class ImportsModel(StoryQueries queries, IngestionService ingestion) : PageModel
{
    private const int Shown = 200;

    public IReadOnlyList<UploadView> Uploads { get; private set; } = [];

    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Uploads = await queries.UploadsAsync(Shown, ct);

    public async Task<IActionResult> OnPostRetryAsync(int id, CancellationToken ct)
    {
        var result = await ingestion.RetryAsync(id, ct);
        Message = $"Upload #{id} ({result.FileName}): {result.Message}";
        return RedirectToPage();
    }
}
