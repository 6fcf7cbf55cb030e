using System.Net.Http.Json;
using System.Text;
using RareEarthWatch.IntegrationTests.Infrastructure;

namespace RareEarthWatch.IntegrationTests.Web;

/// <summary>Evidence sentences are quoted once: a sentence that opens with its own quotation mark gets no second pair.</summary>
public sealed class EvidenceQuoteTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_quoted_sentence_is_not_quoted_twice_and_a_plain_one_is_quoted()
    {
        const string Text = "Separators face a feed squeeze\n\n"
            + "BEIJING - Chinese separators are short of feed, traders said on Monday.\n\n"
            + "\"Separators already process some 40,000 tonnes a year of imported concentrate,\" one analyst said. "
            + "Imports of mixed rare earth carbonate rose to 3,200 tonnes in October, customs data showed.";
        using var content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Text)), "files", "feed-squeeze.txt" } };
        using var response = await _client.PostAsync(new Uri("/api/articles", UriKind.Relative), content);
        var storyId = (await response.Content.ReadFromJsonAsync<List<UploadResultJson>>())!.Single().StoryId!.Value;

        var story = await _client.GetDocumentAsync($"/stories/{storyId}");
        var quotes = story.QuerySelectorAll("ul.evidence q").ToList();
        var quoted = quotes.Where(q => q.TextContent.Contains("40,000", StringComparison.Ordinal)).ToList();
        var plain = quotes.Where(q => q.TextContent.Contains("3,200", StringComparison.Ordinal)).ToList();

        quoted.Should().NotBeEmpty().And.OnlyContain(q => q.ClassList.Contains("own-quotes") && q.TextContent.StartsWith('"'));
        plain.Should().NotBeEmpty().And.OnlyContain(q => !q.ClassList.Contains("own-quotes"));
    }

    [Fact]
    public async Task A_review_candidate_quoted_in_a_sentence_that_opens_with_a_quote_is_not_quoted_twice()
    {
        const string Text = "Sahel risk weighs on juniors\n\n"
            + "\"Investors are now pricing a sovereign risk premium for rare earth projects,\" said an analyst at Quorvex Analytics Ltd.\n\n"
            + "Zandelor Minerals Ltd said its dysprosium drilling would resume next month.";
        using var content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Text)), "files", "sahel-risk.txt" } };
        using var response = await _client.PostAsync(new Uri("/api/articles", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();

        var review = await _client.GetDocumentAsync("/review");
        var quotes = review.QuerySelectorAll("section.candidate ul.evidence q").ToList();
        var quoted = quotes.Where(q => q.TextContent.Contains("Quorvex", StringComparison.Ordinal)).ToList();
        var plain = quotes.Where(q => q.TextContent.Contains("Zandelor", StringComparison.Ordinal)).ToList();

        quoted.Should().NotBeEmpty().And.OnlyContain(q => q.ClassList.Contains("own-quotes") && q.TextContent.StartsWith('"'));
        plain.Should().NotBeEmpty().And.OnlyContain(q => !q.ClassList.Contains("own-quotes"));
    }
}
