using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using RareEarthWatch.IntegrationTests.Infrastructure;

namespace RareEarthWatch.IntegrationTests.Web;

/// <summary>
/// The pages as an analyst reads them: every figure about an organisation can be reached and says how many there are,
/// each tonnage shows its basis wherever it is listed, and every source's kept text can be read.
/// </summary>
public sealed class PageReadingTests(AppFactory factory) : IClassFixture<AppFactory>, IAsyncLifetime
{
    /// <summary>Monthly NdPr output figures of one producer, more than an organisation page lists at first.</summary>
    private const int Figures = 24;

    private readonly HttpClient _client = factory.CreateClient();
    private int _storyId;

    public async Task InitializeAsync()
    {
        var months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Take(12).ToArray();
        var sentences = Enumerable.Range(0, Figures).Select(i =>
            $"In {months[i % 12]} {2024 + (i / 12)} Lynas Rare Earths produced {1100 + (i * 10):#,##0} tonnes of NdPr oxide.").ToList();
        var text = "Lynas reports a record year\n\nPERTH - Lynas Rare Earths said on Tuesday that its plants in Australia and Malaysia had a record year.\n\n"
            + string.Join("\n\n", sentences.Chunk(4).Select(c => string.Join(' ', c)));

        using var content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "files", "lynas-monthly.txt" } };
        using var response = await _client.PostAsync(new Uri("/api/articles", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        var result = (await response.Content.ReadFromJsonAsync<List<UploadResultJson>>())!.Single();
        result.Status.Should().BeOneOf(["newStory", "alreadyStored"], "each test of the class uploads the same file: {0}", result.Message);
        _storyId = result.StoryId!.Value;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_organisation_page_says_how_many_tonnages_it_leaves_out_and_shows_them_all_on_request()
    {
        var page = await _client.GetDocumentAsync("/organisations/lynas");
        page.QuerySelectorAll("table.tonnages tbody tr").Should().HaveCount(20);
        page.QuerySelector("#tonnages-shown")!.TextContent.Should().Contain($"The 20 latest of {Figures} tonnages");
        var all = page.QuerySelector("#tonnages-shown a")!.GetAttribute("href");
        all.Should().StartWith("?tonnages=all");

        var full = await _client.GetDocumentAsync("/organisations/lynas?tonnages=all");
        full.QuerySelectorAll("table.tonnages tbody tr").Should().HaveCount(Figures);
        full.QuerySelector("#tonnages-shown")!.TextContent.Should().Contain($"All {Figures} tonnages");
        full.QuerySelector("table.tonnages")!.TextContent.Should().Contain("1,100 t").And.Contain("1,330 t");
    }

    [Fact]
    public async Task Each_monthly_figure_says_which_month_it_is_on_the_story_and_organisation_pages()
    {
        var story = await _client.GetDocumentAsync($"/stories/{_storyId}");
        var periods = story.QuerySelectorAll("table.tonnages td[data-label='Period']").Select(td => td.TextContent.Trim()).ToList();
        periods.Should().Contain(["in a month (January 2024)", "in a month (December 2025)"]);
        periods.Should().OnlyHaveUniqueItems("every figure is a different month");

        var organisation = await _client.GetDocumentAsync("/organisations/lynas?tonnages=all");
        organisation.QuerySelector("table.tonnages")!.TextContent.Should().Contain("in a month (June 2025)");
    }

    [Fact]
    public async Task An_element_page_lists_the_tonnages_of_every_material_that_contains_the_element()
    {
        foreach (var symbol in new[] { "Nd", "Pr" })
        {
            var page = await _client.GetDocumentAsync($"/elements/{symbol}");
            page.QuerySelector("#tonnages-shown")!.TextContent.Should().Contain($"The 20 latest of {Figures} tonnages", "NdPr oxide contains both");
            page.QuerySelectorAll("table.tonnages tbody tr").Should().HaveCount(20);
            (await _client.GetDocumentAsync($"/elements/{symbol}?tonnages=all")).QuerySelectorAll("table.tonnages tbody tr").Should().HaveCount(Figures);
        }

        var dysprosium = await _client.GetDocumentAsync("/elements/Dy");
        dysprosium.QuerySelector("table.tonnages").Should().BeNull();
        dysprosium.QuerySelector("#tonnages ~ p.empty")!.TextContent.Should().Be("No tonnages yet.");
        (await _client.GetDocumentAsync("/elements/REE")).QuerySelector("#tonnages").Should().BeNull("rare earths in general are not one element");
    }

    [Fact]
    public async Task The_tonnages_of_an_organisation_page_show_their_basis_as_the_story_page_does()
    {
        var organisation = await _client.GetDocumentAsync("/organisations/lynas");
        var story = await _client.GetDocumentAsync($"/stories/{_storyId}");
        foreach (var page in new[] { organisation, story })
        {
            page.QuerySelectorAll("table.tonnages thead th").Select(th => th.TextContent)
                .Should().ContainInOrder("Quantity", "Material", "Period", "Measure", "Basis", "Subject", "Evidence");
            page.QuerySelector("table.tonnages tbody td[data-label=Basis]")!.TextContent.Should().Be("NdPr oxide");
        }
    }

    [Fact]
    public async Task Each_source_of_a_story_links_to_the_whole_text_kept_from_its_file()
    {
        var story = await _client.GetDocumentAsync($"/stories/{_storyId}");
        var link = story.QuerySelector("table.sources a[href^='/sources/']")!;
        link.TextContent.Should().Be("lynas-monthly.txt");

        var source = await _client.GetDocumentAsync(link.GetAttribute("href")!);
        source.QuerySelector(".problem").Should().BeNull("no span asked for is not an error: the whole text is shown");
        source.QuerySelector("#main-text")!.TextContent.Should().Contain("produced 1,100 tonnes of NdPr oxide").And.Contain("1,330 tonnes");
    }
}
