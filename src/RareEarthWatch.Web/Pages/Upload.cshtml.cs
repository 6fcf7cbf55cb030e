using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using RareEarthWatch.Data;
using RareEarthWatch.Data.Ingestion;
using RareEarthWatch.Data.Queries;

namespace RareEarthWatch.Web.Pages;

/// <summary>Upload one or many files; Post/Redirect/Get shows each file's outcome.</summary>
public sealed class UploadModel(IngestionService ingestion, StoryQueries queries, IOptions<StorageOptions> storage) : PageModel
{
    public const string Origin = "upload";

    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    /// <summary>Upload ids of the last post, carried through the redirect in the query string.</summary>
    [BindProperty(SupportsGet = true, Name = "done")] public string? Done { get; set; }

    public IReadOnlyList<UploadView> Results { get; private set; } = [];
    public string? Problem { get; private set; }
    public StorageOptions Storage => storage.Value;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var ids = (Done ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0)
            .ToHashSet();
        if (ids.Count > 0)
        {
            Results = (await queries.UploadsAsync(ids, ct)).ToList();
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Files.Count == 0)
        {
            Problem = "Choose one or more files first (.html, .htm, .mhtml, .mht or .txt).";
            return Page();
        }

        var ids = new List<int>();
        foreach (var file in Files)
        {
            await using var stream = file.OpenReadStream();
            var result = await ingestion.IngestAsync(stream, file.FileName, Origin, ct);
            ids.Add(result.UploadId);
        }

        return RedirectToPage(new { done = string.Join(',', ids) });
    }
}
