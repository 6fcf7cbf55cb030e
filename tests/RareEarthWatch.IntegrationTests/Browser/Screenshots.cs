using Microsoft.Playwright;
using RareEarthWatch.IntegrationTests.Infrastructure;

namespace RareEarthWatch.IntegrationTests.Browser;

/// <summary>Full-page screenshots of the browser tests; written to docs/screenshots when REW_UPDATE_SCREENSHOTS=1.</summary>
internal static class Screenshots
{
    public static async Task TakeAsync(IPage page, string name)
    {
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });
        bytes.Should().NotBeEmpty();
        if (Environment.GetEnvironmentVariable("REW_UPDATE_SCREENSHOTS") == "1")
        {
            var folder = Path.Combine(RepoPaths.Docs, "screenshots");
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, name), bytes);
        }
    }
}
