using System.Net.Http.Json;
using RareEarthWatch.IntegrationTests.Infrastructure;

namespace RareEarthWatch.IntegrationTests.Web;

/// <summary>A new user's first start: migrations applied, seeds imported as one story with two sources.</summary>
public sealed class FirstRunTests(SeededAppFactory factory) : IClassFixture<SeededAppFactory>
{
    [Fact]
    public async Task The_seeds_are_imported_on_first_run_as_one_story_with_two_sources()
    {
        using var client = factory.CreateClient();
        var list = await client.GetFromJsonAsync<StoryListJson>("/api/stories");
        list!.Items.Should().ContainSingle().Which.SourceCount.Should().Be(2);
        File.Exists(Path.Combine(factory.DataDirectory, "rareearthwatch.db")).Should().BeTrue("all data lives in Data:Directory");
        Directory.EnumerateFiles(Path.Combine(factory.DataDirectory, "raw"), "*.bin").Should().HaveCount(2, "the raw files are kept");
    }

    [Fact]
    public async Task Every_page_of_the_app_answers()
    {
        using var client = factory.CreateClient();
        var list = await client.GetFromJsonAsync<StoryListJson>("/api/stories");
        foreach (var url in new[] { "/", "/stories", $"/stories/{list!.Items[0].Id}", "/organisations", "/countries", "/elements", "/upload", "/imports", "/stories?q=neodymium", "/organisations/irel", "/countries/IN", "/elements/Nd" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, url);
        }
    }

    [Fact]
    public async Task Searching_finds_the_story_by_a_word_of_its_text()
    {
        using var client = factory.CreateClient();
        (await client.GetFromJsonAsync<StoryListJson>("/api/stories?q=Malawi"))!.Total.Should().Be(1);
        (await client.GetFromJsonAsync<StoryListJson>("/api/stories?q=robotaxi"))!.Total.Should().Be(0, "related-article text is not the story");
    }
}
