using System.Globalization;
using System.Net.Http.Json;
using System.Text;
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

    [Fact]
    public async Task Two_reports_from_one_template_with_other_figures_are_two_stories()
    {
        using var client = factory.CreateClient();
        const string Report = "Harlow Separation Co produced {0} tonnes of NdPr oxide in the {1} quarter, up from {2} tonnes a year earlier, "
            + "the company said on Monday. Output at its Kestrel Bay plant ran at {3} tonnes of mixed rare earth carbonate in the quarter.";
        var june = await UploadAsync(client, "june.txt", string.Format(CultureInfo.InvariantCulture, Report, "2,150", "June", "1,870", "5,400"));
        var september = await UploadAsync(client, "september.txt", string.Format(CultureInfo.InvariantCulture, Report, "2,250", "September", "1,910", "5,600"));

        june.Status.Should().Be("newStory");
        september.Status.Should().Be("newStory", "the words are a template; none of the figures is the same, so it is not a copy");
        september.StoryId.Should().NotBe(june.StoryId);
    }

    [Fact]
    public async Task A_copy_with_the_same_figures_and_its_own_lead_joins_the_story()
    {
        using var client = factory.CreateClient();
        const string Body = "Corvina Rare Metals said it shipped 3,300 tonnes of rare earth concentrate from its Tallis Ridge mine in the "
            + "first half, and expects to ship 7,000 tonnes in the full year. The miner also plans to build a separation plant with "
            + "capacity of 2,000 tonnes a year of NdPr oxide by 2029, chief executive Ana Ruiz told reporters in Perth. Ruiz said the "
            + "company was in talks with two Japanese buyers about long-term supply and expected a decision before the end of the year.";
        var first = await UploadAsync(client, "site-a.txt", "Corvina ships more concentrate\n\n" + Body);
        var copy = await UploadAsync(client, "site-b.txt", "Corvina Rare Metals lifts shipments\n\nPERTH (Wire) - " + Body + " Shares rose 4%.");

        copy.Status.Should().Be("addedToStory");
        copy.StoryId.Should().Be(first.StoryId);
    }

    private static async Task<UploadResultJson> UploadAsync(HttpClient client, string fileName, string text)
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "files", fileName } };
        using var response = await client.PostAsync(new Uri("/api/articles", UriKind.Relative), content);
        return (await response.Content.ReadFromJsonAsync<List<UploadResultJson>>())!.Single();
    }
}
