using System.Net.Http.Json;
using RareEarthWatch.IntegrationTests.Infrastructure;

namespace RareEarthWatch.IntegrationTests.Web;

/// <summary>Copies of one story join it; another story on the same subject does not.</summary>
public sealed class StoryMatchingTests(SeededAppFactory factory) : IClassFixture<SeededAppFactory>
{
    [Fact]
    public async Task A_different_story_on_the_same_topic_starts_a_story_of_its_own()
    {
        using var client = factory.CreateClient();
        var sample = Path.Combine(RepoPaths.Root, "tests", "data", "articles", "lynas-malaysia-heavy-rare-earths.txt");
        using var content = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(sample)), "files", "lynas.txt" } };
        using var response = await client.PostAsync(new Uri("/api/articles", UriKind.Relative), content);
        var result = (await response.Content.ReadFromJsonAsync<List<UploadResultJson>>())!.Single();
        result.Status.Should().BeOneOf("newStory", "alreadyStored");
        var irel = (await client.GetFromJsonAsync<StoryListJson>("/api/stories?organisation=irel"))!.Items.Single();
        result.StoryId.Should().NotBe(irel.Id);
    }
}
