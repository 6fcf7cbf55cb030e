using System.Net.Http.Json;
using RareEarthWatch.IntegrationTests.Infrastructure;

namespace RareEarthWatch.IntegrationTests.Web;

/// <summary>
/// Both seed files uploaded over HTTP, through the page form, become ONE story with two sources,
/// whose facts are those of the Reuters text alone (seeds/README.md).
/// </summary>
public sealed class SeedStoryTests(AppFactory factory) : IClassFixture<AppFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();
    private StoryJson _story = null!;

    public async Task InitializeAsync()
    {
        var page = await _client.UploadThroughPageAsync(
            (Path.GetFileName(RepoPaths.BusinessStandardSeed), await File.ReadAllBytesAsync(RepoPaths.BusinessStandardSeed)),
            (Path.GetFileName(RepoPaths.SyndicatedSeed), await File.ReadAllBytesAsync(RepoPaths.SyndicatedSeed)));
        var outcomes = page.QuerySelectorAll("#upload-results tbody tr").Select(r => r.TextContent).ToList();
        outcomes.Should().HaveCount(2, "each uploaded file has its own outcome");

        var list = await _client.GetFromJsonAsync<StoryListJson>("/api/stories");
        list!.Items.Should().ContainSingle("both copies are one story");
        _story = (await _client.GetFromJsonAsync<StoryJson>($"/api/stories/{list.Items[0].Id}"))!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Upload_page_reports_a_new_story_then_a_source_added_to_it()
    {
        var imports = await _client.GetDocumentAsync("/imports");
        var rows = imports.QuerySelectorAll("#upload-results tbody tr").Select(r => r.TextContent).ToList();
        rows.Should().Contain(r => r.Contains("new story", StringComparison.Ordinal));
        rows.Should().Contain(r => r.Contains("added as a source", StringComparison.Ordinal));
    }

    [Fact]
    public void The_story_has_two_sources() => _story.Sources.Should().HaveCount(2);

    [Fact]
    public void The_story_is_dated_from_the_business_standard_copy() => _story.Published.Should().Be("2025-08-14");

    [Fact]
    public void The_organisations_are_exactly_those_of_the_reuters_text() =>
        _story.Organisations.Select(o => o.Id).Should().BeEquivalentTo("irel", "india-dae", "toyota-tsusho", "toyotsu-rare-earths-india", "meti");

    [Fact]
    public void Reuters_is_not_an_organisation_of_the_story() =>
        _story.Organisations.Should().NotContain(o => o.Name.Contains("Reuters", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Reuters_is_the_agency_of_a_source() =>
        _story.Sources.Should().Contain(s => s.Agency == "Reuters");

    [Fact]
    public void The_countries_are_exactly_those_of_the_reuters_text() =>
        _story.Countries.Select(c => c.Code).Should().BeEquivalentTo("IN", "JP", "KR", "CN", "AR", "AU", "MW", "MM");

    [Fact]
    public void Nothing_from_the_related_articles_reaches_the_story()
    {
        _story.Countries.Select(c => c.Code).Should().NotContain(["SG", "GB", "MY", "ID"]);
        _story.Organisations.Select(o => o.Id).Should().NotContain(["grab", "weride", "cna", "tesla", "independent-singapore"]);
    }

    [Fact]
    public void Neodymium_is_the_element_with_neodymium_oxide_as_its_product()
    {
        _story.Elements.Should().ContainSingle().Which.Symbol.Should().Be("Nd");
        _story.Elements[0].Products.Should().Contain(p => p.Contains("neodymium oxide", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void There_is_one_tonnage_irels_neodymium_capacity_with_its_sentence()
    {
        var t = _story.Tonnages.Should().ContainSingle().Subject;
        t.Min.Should().Be(400);
        t.Max.Should().Be(500);
        t.Unit.Should().Be("t");
        t.Material.Should().Contain("neodymium");
        t.Period.Should().Be("per_year");
        t.Subject.Should().Contain("IREL");
        t.Evidence.Should().Contain("capacity to produce 400").And.Contain("metric tons of neodymium annually");
        t.ElementSymbol.Should().Be("Nd");
        t.ElementSymbols.Should().Equal("Nd");
    }

    [Fact]
    public async Task Filtering_by_country_organisation_element_and_date_finds_the_story()
    {
        var id = _story.Id;
        foreach (var query in new[]
        {
            "country=JP", "country=Malawi", "organisation=irel", "organisation=Toyota Tsusho Corporation", "element=Nd", "element=neodymium",
            "from=2025-08-01&to=2025-08-31", "country=KR&element=Nd&organisation=meti&from=2025-08-14&to=2025-08-14",
        })
        {
            var list = await _client.GetFromJsonAsync<StoryListJson>("/api/stories?" + query);
            list!.Items.Select(i => i.Id).Should().Equal([id], query);
        }
    }

    [Fact]
    public async Task Filters_that_exclude_the_story_find_nothing()
    {
        foreach (var query in new[] { "country=SG", "element=Dy", "from=2025-09-01", "to=2025-08-13", "organisation=grab" })
        {
            var list = await _client.GetFromJsonAsync<StoryListJson>("/api/stories?" + query);
            list!.Total.Should().Be(0, query);
        }
    }

    [Fact]
    public async Task Unknown_filter_values_are_a_clear_400()
    {
        using var response = await _client.GetAsync(new Uri("/api/stories?country=Atlantis&from=14/08/2025", UriKind.Relative));
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("Atlantis").And.Contain("yyyy-MM-dd");
    }

    [Fact]
    public async Task The_filtered_story_page_lists_the_story_and_counts_stories_not_mentions()
    {
        var page = await _client.GetDocumentAsync("/stories?country=JP");
        page.QuerySelectorAll("table.stories tbody tr").Should().ContainSingle();
        var india = page.QuerySelectorAll("#facet-countries li").Single(li => li.QuerySelector("a")!.GetAttribute("data-code") == "IN");
        india.QuerySelector(".count")!.TextContent.Trim().Should().Be("1", "India is mentioned many times, but in one story");
    }

    [Fact]
    public async Task The_story_page_shows_sources_entities_and_the_tonnage_evidence()
    {
        var page = await _client.GetDocumentAsync($"/stories/{_story.Id}");
        page.QuerySelectorAll("table.sources tbody tr").Should().HaveCount(2);
        page.QuerySelector("table.sources")!.TextContent.Should().Contain("Neha Arora, Jekaterina Golubkova").And.Contain("New Delhi");
        var tonnageRow = page.QuerySelector("table.tonnages tbody tr")!;
        tonnageRow.TextContent.Should().Contain("400–500 t").And.Contain("per year");
        tonnageRow.QuerySelector("mark").Should().NotBeNull("the evidence highlights the quantity");
        page.QuerySelector("#organisations")!.TextContent.Should().Contain("Department of Atomic Energy");
        page.QuerySelector("#countries a[href='/countries/MW']").Should().NotBeNull();
    }

    [Fact]
    public async Task Evidence_points_back_into_the_original_file()
    {
        var page = await _client.GetDocumentAsync($"/stories/{_story.Id}");
        var links = page.QuerySelectorAll("table.tonnages a.in-original").Select(a => a.GetAttribute("href")!).ToList();
        links.Should().NotBeEmpty();
        foreach (var link in links)
        {
            var original = await _client.GetDocumentAsync(link);
            original.QuerySelector(".problem").Should().BeNull();
            var mark = original.QuerySelector("#source-context mark")!.TextContent;
            mark.Should().MatchRegex("400(-| to )500 metric tons", "the highlighted source is the quantity itself");
        }
    }

    [Fact]
    public async Task Entity_pages_list_their_stories()
    {
        foreach (var url in new[] { "/organisations/irel", "/countries/MM", "/elements/Nd" })
        {
            var page = await _client.GetDocumentAsync(url);
            page.QuerySelectorAll("table.stories tbody tr a").Select(a => a.GetAttribute("href")).Should().Equal([$"/stories/{_story.Id}"], url);
        }
    }

    [Fact]
    public async Task The_dashboard_counts_and_lists_the_story()
    {
        var page = await _client.GetDocumentAsync("/");
        var stats = page.QuerySelectorAll(".stat strong").Select(s => s.TextContent).ToList();
        stats.Should().Equal("1", "2", "5", "8");
        page.QuerySelector("table.tonnages")!.TextContent.Should().Contain("400–500 t");
    }

    [Fact]
    public async Task Uploading_the_same_file_again_reports_already_stored_and_stores_nothing()
    {
        var page = await _client.UploadThroughPageAsync((Path.GetFileName(RepoPaths.SyndicatedSeed), await File.ReadAllBytesAsync(RepoPaths.SyndicatedSeed)));
        page.QuerySelector("#upload-results")!.TextContent.Should().Contain("already stored");

        using var content = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(RepoPaths.BusinessStandardSeed)), "files", "copy-of-bs.txt" } };
        using var response = await _client.PostAsync(new Uri("/api/articles", UriKind.Relative), content);
        var results = await response.Content.ReadFromJsonAsync<List<UploadResultJson>>();
        results!.Should().ContainSingle().Which.Status.Should().Be("alreadyStored");

        var story = await _client.GetFromJsonAsync<StoryJson>($"/api/stories/{_story.Id}");
        story!.Sources.Should().HaveCount(2);
        (await _client.GetFromJsonAsync<StoryListJson>("/api/stories"))!.Total.Should().Be(1);
    }
}
