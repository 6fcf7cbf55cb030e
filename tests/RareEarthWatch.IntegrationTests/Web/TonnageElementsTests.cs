using System.Net.Http.Json;
using System.Text;
using RareEarthWatch.IntegrationTests.Infrastructure;

namespace RareEarthWatch.IntegrationTests.Web;

/// <summary>A tonnage whose material names several elements shows all of them in the API and on the story page.</summary>
public sealed class TonnageElementsTests(SmallLimitAppFactory factory) : IClassFixture<SmallLimitAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_material_of_two_elements_lists_both_in_the_api_and_on_the_page()
    {
        const string Title = "Harrow Metals to lift heavy rare earth output";
        var text = Title + "\n\n" + string.Join("\n\n",
            "SYDNEY, March 3 - Harrow Metals Corp said on Tuesday it produced 1,200 tonnes of dysprosium and terbium oxide in 2025 at its plant in Western Australia.",
            "The company said the heavy rare earths would go to magnet makers in Japan and South Korea under long-term contracts.",
            "Harrow Metals Corp said it expected demand for dysprosium and terbium to keep rising as carmakers build more electric vehicles.");
        using var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "files", "harrow-heavy-rare-earths.txt");
        using var response = await _client.PostAsync(new Uri("/api/articles", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        var result = (await response.Content.ReadFromJsonAsync<List<UploadResultJson>>())!.Should().ContainSingle().Subject;
        result.StoryId.Should().NotBeNull(result.Message);

        var story = (await _client.GetFromJsonAsync<StoryJson>($"/api/stories/{result.StoryId}"))!;
        var tonnage = story.Tonnages.Should().ContainSingle(t => t.Min == 1200).Subject;
        tonnage.Material.Should().Be("dysprosium and terbium oxide");
        tonnage.ElementSymbol.Should().Be("Dy|Tb");
        tonnage.ElementSymbols.Should().Equal("Dy", "Tb");

        var page = await _client.GetDocumentAsync($"/stories/{result.StoryId}");
        var row = page.QuerySelectorAll("table.tonnages tbody tr").Single(r => r.TextContent.Contains("1,200", StringComparison.Ordinal));
        row.TextContent.Should().Contain("dysprosium and terbium oxide");
        row.QuerySelectorAll("a.symbol").Select(a => a.GetAttribute("href")).Should().Equal("/elements/Dy", "/elements/Tb");
    }

    [Fact]
    public async Task A_mass_of_another_commodity_is_no_tonnage_of_its_story_nor_of_the_dashboard()
    {
        const string Title = "Kestrel Sands lifts mineral sands and rare earth output";
        var text = Title + "\n\n" + string.Join("\n\n",
            "PERTH, March 3 - Kestrel Sands Ltd said on Tuesday it produced 48,600 tonnes of zircon-rutile concentrate in the December quarter.",
            "The company also produced 1,850 tonnes of monazite concentrate in the quarter, which it plans to refine at its planned rare earth refinery.");
        using var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "files", "kestrel-sands.txt");
        using var response = await _client.PostAsync(new Uri("/api/articles", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        var result = (await response.Content.ReadFromJsonAsync<List<UploadResultJson>>())!.Should().ContainSingle().Subject;

        var story = (await _client.GetFromJsonAsync<StoryJson>($"/api/stories/{result.StoryId}"))!;
        // §74: zircon-rutile concentrate is another commodity's mass, no rare-earth fact at all.
        story.Tonnages.Should().NotContain(t => t.Min == 48600 || t.Max == 48600);
        story.Tonnages.Should().Contain(t => t.Min == 1850 && t.Material == "monazite" && t.ProductId == "monazite", "the API names the material by its products.csv id");

        var dashboard = await _client.GetDocumentAsync("/");
        var rows = dashboard.QuerySelectorAll("table.tonnages tbody tr").Select(r => r.TextContent).ToList();
        rows.Should().Contain(r => r.Contains("1,850", StringComparison.Ordinal) && r.Contains("production", StringComparison.Ordinal));
        rows.Should().NotContain(r => r.Contains("48,600", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_organisation_and_a_country_page_list_the_tonnages_they_are_the_subject_of()
    {
        const string Title = "Lynas lifts NdPr output as China exports slide";
        var text = Title + "\n\n" + string.Join("\n\n",
            "PERTH, Oct 22 - Lynas Rare Earths said on Wednesday it produced 2,317 tonnes of NdPr oxide in the September quarter, a record for the company.",
            "Lynas Rare Earths sold 2,410 tonnes of NdPr oxide in the quarter, it said.",
            "China exported 4,218 tonnes of rare earth magnets in September, customs data showed, down from a year earlier.");
        using var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "files", "lynas-china-subjects.txt");
        using var response = await _client.PostAsync(new Uri("/api/articles", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();

        var lynas = await _client.GetDocumentAsync("/organisations/lynas");
        var lynasRows = lynas.QuerySelectorAll("table.tonnages tbody tr").Select(r => r.TextContent).ToList();
        lynasRows.Should().Contain(r => r.Contains("2,317", StringComparison.Ordinal) && r.Contains("production", StringComparison.Ordinal));
        var story = (await response.Content.ReadFromJsonAsync<List<UploadResultJson>>())!.Single().StoryId;
        var first = lynasRows.FindIndex(r => r.Contains("2,317", StringComparison.Ordinal));
        var second = lynasRows.FindIndex(r => r.Contains("2,410", StringComparison.Ordinal));
        second.Should().BeGreaterThan(first, "figures of one story are listed in the order the text gives them (story {0})", story);
        lynasRows.Should().NotContain(r => r.Contains("4,218", StringComparison.Ordinal));

        var china = await _client.GetDocumentAsync("/countries/CN");
        var chinaRows = china.QuerySelectorAll("table.tonnages tbody tr").Select(r => r.TextContent).ToList();
        chinaRows.Should().Contain(r => r.Contains("4,218", StringComparison.Ordinal) && r.Contains("export", StringComparison.Ordinal));
        chinaRows.Should().NotContain(r => r.Contains("2,317", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_figure_for_two_years_of_a_table_stays_two_facts_on_the_story()
    {
        // Found uploading a USGS-style page: "China 270,000 270,000" (2024 and 2025) showed one fact, as the story merged facts
        // without their window.
        var text = "Mineral summary: rare earths\n\nRARE EARTHS\n(Data in metric tons, rare-earth-oxide (REO) equivalent, unless otherwise noted)\n"
                   + "World Mine Production and Reserves:\nMine production Reserves\n2024 2025e\nChina 270,000 270,000 44,000,000\n";
        using var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "files", "mineral-summary.txt");
        using var response = await _client.PostAsync(new Uri("/api/articles", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        var result = (await response.Content.ReadFromJsonAsync<List<UploadResultJson>>())!.Should().ContainSingle().Subject;

        var story = (await _client.GetFromJsonAsync<StoryJson>($"/api/stories/{result.StoryId}"))!;
        story.Tonnages.Where(t => t.Min == 270_000).Select(t => t.PeriodDetail).Should().BeEquivalentTo(["2024", "2025e"], "the column heading 2025e marks estimates, and the detail keeps the mark");
    }
}
