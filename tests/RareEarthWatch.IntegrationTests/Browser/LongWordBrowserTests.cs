using System.Net.Http.Json;
using System.Text;
using Microsoft.Playwright;
using RareEarthWatch.IntegrationTests.Infrastructure;

namespace RareEarthWatch.IntegrationTests.Browser;

/// <summary>
/// Headless Chromium on the real Kestrel server: a story whose title is one long word (a saved file's path, the
/// title a browser gives a page without one) and whose source file has a long name keeps every page that shows them
/// within the screen, on a wide and on a phone-wide screen.
/// </summary>
public sealed class LongWordBrowserTests(KestrelAppFactory factory) : IClassFixture<KestrelAppFactory>, IAsyncLifetime
{
    private const string PathTitle = "/home/analyst/Downloads/saved/CommoditiesDeskRareEarthsQuarterlyProductionUpdateFinalVersionForCirculation.txt";
    private const string LongFileName = "commodities_desk_rare_earths_quarterly_production_update_final_version_for_circulation.txt";

    private HeadlessChromium _chromium = null!;

    public async Task InitializeAsync()
    {
        factory.StartServer();
        _chromium = await HeadlessChromium.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
    }

    [Fact]
    public async Task A_story_titled_with_one_long_word_stays_within_the_screen_on_every_page_that_shows_it()
    {
        var storyId = await UploadAsync(PathTitle + "\n\nLynas Rare Earths produced 2,250 tonnes of NdPr oxide in the September quarter, the company said on Monday.\n");

        foreach (var width in new[] { 1280, 420 })
        {
            var page = await _chromium.NewPageAsync(width);
            foreach (var path in new[] { "/", "/stories", $"/stories/{storyId}", "/organisations/lynas", "/elements/Nd" })
            {
                await page.GotoAsync(new Uri(factory.ServerAddress, path).ToString());
                (await page.TextContentAsync("main")).Should().Contain(PathTitle, "{0} shows the story", path);
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                overflow.Should().BeLessThanOrEqualTo(0, "nothing on {0} runs off the side of a {1} px screen", path, width);
                var spilled = await page.EvaluateAsync<int>(
                    "() => [...document.querySelectorAll('main table')].filter(t => t.getBoundingClientRect().right > t.parentElement.getBoundingClientRect().right + 1 || [...t.querySelectorAll('td')].some(td => td.scrollWidth > td.clientWidth + 1)).length");
                spilled.Should().Be(0, "no text on {0} spills out of its table cell at {1} px", path, width);
            }

            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task The_imports_list_keeps_each_received_time_on_one_line_beside_a_long_file_name()
    {
        await UploadAsync("Iluka lifts Eneabba refinery estimate\n\nIluka Resources said on Tuesday its Eneabba refinery would separate 5,500 tonnes of rare earth oxide a year.\n");

        foreach (var width in new[] { 1366, 1280 })
        {
            var page = await _chromium.NewPageAsync(width);
            await page.GotoAsync(new Uri(factory.ServerAddress, "/imports").ToString());
            var cells = await page.EvaluateAsync<int[]>(
                "() => [...document.querySelectorAll('td[data-label=Received]')].map(td => { const r = document.createRange(); r.selectNodeContents(td); return r.getClientRects().length; })");
            cells.Should().NotBeEmpty().And.OnlyContain(lines => lines == 1, "a received time is read at a glance, not broken over two lines at {0} px", width);
            await page.CloseAsync();
        }
    }

    [Theory]
    [InlineData("/organisations/lynas")]
    [InlineData("/review")]
    [InlineData("/imports")]
    [InlineData("/upload")]
    [InlineData("/reanalysis")]
    public async Task A_page_with_forms_fits_a_phone_wide_screen(string path)
    {
        var page = await _chromium.NewPageAsync(420);
        await page.GotoAsync(new Uri(factory.ServerAddress, path).ToString());
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        overflow.Should().BeLessThanOrEqualTo(0, "nothing on {0} runs off the side of a 420 px screen", path);
        foreach (var select in await page.Locator("main form select").AllAsync())
        {
            (await select.IsVisibleAsync()).Should().BeTrue("every choice on {0} can be made", path);
        }

        await page.CloseAsync();
    }

    private async Task<int> UploadAsync(string text)
    {
        using var client = new HttpClient { BaseAddress = factory.ServerAddress };
        using var content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "files", LongFileName } };
        using var response = await client.PostAsync(new Uri("/api/articles", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        var results = await response.Content.ReadFromJsonAsync<List<UploadResultJson>>();
        results.Should().ContainSingle().Which.Status.Should().Be("newStory");
        return results![0].StoryId!.Value;
    }

    private sealed record UploadResultJson(string Status, int? StoryId);
}
