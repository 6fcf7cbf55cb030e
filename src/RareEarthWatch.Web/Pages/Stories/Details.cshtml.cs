using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RareEarthWatch.Data.Queries;

namespace RareEarthWatch.Web.Pages.Stories;

public sealed class DetailsModel(StoryQueries queries) : PageModel
{
    public StoryDetail Story { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var story = await queries.GetAsync(id, ct);
        if (story is null)
        {
            return NotFound();
        }

        Story = story;
        return Page();
    }
}
