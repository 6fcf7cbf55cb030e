using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RareEarthWatch.Data.Ingestion;
using RareEarthWatch.Data.Queries;
using RareEarthWatch.Web.Background;

namespace RareEarthWatch.Web.Pages;

/// <summary>Re-reads every stored article from its raw file, in the background, with progress and the articles that could not be read again.</summary>
public sealed class ReanalysisModel(ReanalysisRunner runner, ReanalysisService reanalysis, StoryQueries queries) : PageModel
{
    public ReanalysisState State { get; private set; } = null!;

    /// <summary>The stored articles whose latest re-reading failed (kept in the database: a restart does not lose them).</summary>
    public IReadOnlyList<ReanalysisFailure> Failures { get; private set; } = [];

    /// <summary>The titles of the stories of the failed articles, by story id.</summary>
    public IReadOnlyDictionary<int, string> StoryTitles { get; private set; } = new Dictionary<int, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        // One snapshot for the whole page: the runner replaces its state as the run goes on.
        State = runner.State;
        Failures = await reanalysis.StoredFailuresAsync(ct);
        var storyIds = Failures.Where(f => f.StoryId is not null).Select(f => f.StoryId!.Value).Distinct().ToList();
        if (storyIds.Count > 0)
        {
            StoryTitles = await queries.StoryTitlesAsync(storyIds, ct);
        }
    }

    public IActionResult OnPost()
    {
        runner.Request();
        return RedirectToPage();
    }
}
