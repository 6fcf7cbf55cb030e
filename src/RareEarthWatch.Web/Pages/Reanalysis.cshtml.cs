using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RareEarthWatch.Web.Background;

namespace RareEarthWatch.Web.Pages;

/// <summary>Re-reads every stored article from its raw file, in the background, with progress.</summary>
public sealed class ReanalysisModel(ReanalysisRunner runner) : PageModel
{
    public ReanalysisState State => runner.State;

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        runner.Request();
        return RedirectToPage();
    }
}
