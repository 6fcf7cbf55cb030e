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
}
