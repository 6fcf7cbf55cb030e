using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RareEarthWatch.Data;
using RareEarthWatch.IntegrationTests.Infrastructure;

namespace RareEarthWatch.IntegrationTests.Browser;

/// <summary>
/// Headless Chromium on the real Kestrel server: a re-analysis run that cannot read a seed article again (its raw file is
/// gone) lists it, and the app started again on the same data folder still lists it, on a wide and on a phone-wide screen.
/// </summary>
public sealed class ReanalysisBrowserTests : IAsyncLifetime
{
    private HeadlessChromium _chromium = null!;

    public async Task InitializeAsync()
    {
        _chromium = await HeadlessChromium.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
    }

    [Fact]
    public async Task A_run_lists_the_article_it_could_not_read_and_the_restarted_app_still_lists_it()
    {
        string dataDirectory;
        int storyId;
        string fileName;
        await using (var first = new KestrelAppFactory { KeepsData = true })
        {
            first.StartServer();
            dataDirectory = first.DataDirectory;
            var dbFactory = first.Services.GetRequiredService<IDbContextFactory<RareEarthWatchDbContext>>();
            await using (var db = await dbFactory.CreateDbContextAsync())
            {
                var article = await db.Articles.OrderBy(a => a.Id).LastAsync();
                (storyId, fileName) = (article.StoryId, article.FileName);
                File.Delete(Path.Combine(dataDirectory, DataOptions.RawFolderName, article.Sha256 + ".bin"));
            }

            var page = await _chromium.NewPageAsync(1280);
            await page.GotoAsync(Url(first, "/reanalysis"));
            await page.ClickAsync("#reanalyse button[type=submit]");
            await page.WaitForSelectorAsync("#reanalysis-failures");
            (await page.TextContentAsync("#reanalysis-state")).Should().Contain("1 article re-read, 1 could not be read");
            (await page.TextContentAsync("#reanalysis-failures tbody tr")).Should().Contain(fileName).And.Contain("raw file is missing");
            await Screenshots.TakeAsync(page, "reanalysis.png");
            await page.CloseAsync();
        }

        await using var restarted = new RestartedKestrelAppFactory(dataDirectory);
        restarted.StartServer();
        restarted.ServerAddress.Host.Should().Be("127.0.0.1");
        foreach (var width in new[] { 1280, 420 })
        {
            var page = await _chromium.NewPageAsync(width);
            await page.GotoAsync(Url(restarted, "/reanalysis"));

            (await page.TextContentAsync("#reanalysis-state")).Should().Contain("No run since the app started")
                .And.Contain("could not be read again by an earlier run");
            var rows = page.Locator("#reanalysis-failures tbody tr");
            (await rows.CountAsync()).Should().Be(1);
            (await rows.First.TextContentAsync()).Should().Contain(fileName).And.Contain("raw file is missing").And.Contain("Tried");
            (await rows.First.Locator("td[data-label=Why]").IsVisibleAsync()).Should().BeTrue();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            overflow.Should().BeLessThanOrEqualTo(0, "nothing runs off the side of a {0} px screen", width);

            // The story link leads to the story, whose source keeps what the earlier reading stored.
            // Polls the page's address and its footer (the layout's last element) instead of waiting for a load state: in a few
            // of many full runs Chromium's load event for this page never reached Playwright, and WaitForURL (which waits for
            // a load state once the address matches) timed out after 90 s with the URL changed and the network idle.
            await rows.First.Locator("a").ClickAsync();
            (await StoryPageTextAsync(page, storyId)).Should().Contain(fileName);
            await page.CloseAsync();
        }
    }

    /// <summary>The text of the story page once the address is the story's and its footer is there; empty after 60 s.</summary>
    private static async Task<string> StoryPageTextAsync(IPage page, int storyId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (page.Url.EndsWith($"/stories/{storyId}", StringComparison.Ordinal))
            {
                try
                {
                    var text = await page.EvaluateAsync<string>("() => document.querySelector('footer') ? document.body.textContent : ''");
                    if (!string.IsNullOrEmpty(text))
                    {
                        return text;
                    }
                }
                catch (PlaywrightException)
                {
                    // The old page's context went away mid-navigation: try again on the new one.
                }
            }

            await Task.Delay(100);
        }

        return string.Empty;
    }

    private static string Url(AppFactory app, string path) => new Uri(app.ServerAddress, path).ToString();
}
