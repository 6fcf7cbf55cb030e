using Microsoft.Playwright;
using RareEarthWatch.IntegrationTests.Infrastructure;

namespace RareEarthWatch.IntegrationTests.Browser;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright against the real Kestrel server on 127.0.0.1:
/// upload a file, filter the story list by a country through the form, open the story, see the
/// tonnage evidence. Screenshots go to docs/screenshots when REW_UPDATE_SCREENSHOTS=1.
/// </summary>
public sealed class BrowserTests(KestrelAppFactory factory) : IClassFixture<KestrelAppFactory>, IAsyncLifetime
{
    private HeadlessChromium _chromium = null!;
    private IPage _page = null!;
    private Uri _base = null!;

    public async Task InitializeAsync()
    {
        factory.StartServer();
        _base = factory.ServerAddress;
        _base.Host.Should().Be("127.0.0.1", "browser tests talk to this machine only");

        _chromium = await HeadlessChromium.StartAsync();
        _page = await _chromium.NewPageAsync(1280);
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
    }

    [Fact]
    public async Task An_analyst_uploads_a_file_filters_by_country_and_reads_the_tonnage_evidence()
    {
        // Upload a new article through the page.
        await _page.GotoAsync(Url("/upload"));
        var sample = Path.Combine(RepoPaths.Root, "tests", "data", "articles", "lynas-malaysia-heavy-rare-earths.txt");
        await _page.SetInputFilesAsync("input[type=file]", sample);
        await _page.ClickAsync("form.upload button[type=submit]");
        await _page.WaitForSelectorAsync("#upload-results");
        (await _page.TextContentAsync("#upload-results tbody tr")).Should().Contain("new story");

        // Dashboard now has both stories.
        await _page.GotoAsync(Url("/"));
        (await _page.Locator("table.stories tbody tr").CountAsync()).Should().Be(2);
        await Screenshot("dashboard.png");

        // Filter the story list by a country, through the form.
        await _page.GotoAsync(Url("/stories"));
        await _page.FillAsync("#filters input[name=country]", "India");
        await _page.ClickAsync("#filters button[type=submit]");
        await _page.WaitForURLAsync(u => u.Contains("country=India", StringComparison.Ordinal));
        var rows = _page.Locator("table.stories tbody tr");
        (await rows.CountAsync()).Should().Be(1);
        (await rows.First.TextContentAsync()).Should().Contain("IREL");

        // Open the story and see the tonnage with its highlighted evidence.
        await rows.First.Locator("a").First.ClickAsync();
        await _page.WaitForSelectorAsync("table.tonnages");
        var evidence = _page.Locator("table.tonnages mark").First;
        (await evidence.IsVisibleAsync()).Should().BeTrue();
        (await _page.TextContentAsync("table.tonnages")).Should().Contain("400–500 t").And.Contain("neodymium");
        await _page.Locator("#countries details").First.ClickAsync();
        await Screenshot("story.png");
    }

    [Fact]
    public async Task On_a_phone_wide_screen_the_story_page_fits_the_width_and_keeps_each_tonnage_with_its_labels()
    {
        var narrow = await _chromium.NewPageAsync(420);
        await narrow.GotoAsync(Url("/stories?country=IN"));
        await narrow.Locator("table.stories tbody tr a").First.ClickAsync();
        await narrow.WaitForSelectorAsync("table.tonnages");

        var overflow = await narrow.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        overflow.Should().BeLessThanOrEqualTo(0, "nothing runs off the side of a narrow screen");
        (await narrow.Locator("table.tonnages thead").IsVisibleAsync()).Should().BeFalse("each row is a card with its own labels");
        var quantity = narrow.Locator("table.tonnages td[data-label=Quantity]").First;
        (await quantity.EvaluateAsync<string>("td => getComputedStyle(td, '::before').content")).Should().Be("\"Quantity\"");
        (await quantity.TextContentAsync()).Should().Contain("400–500 t");
        await narrow.CloseAsync();
    }

    private string Url(string path) => new Uri(_base, path).ToString();

    private Task Screenshot(string name) => Screenshots.TakeAsync(_page, name);
}
