using System.Net.Http.Json;
using System.Text;
using RareEarthWatch.Data.Queries;
using RareEarthWatch.IntegrationTests.Infrastructure;

namespace RareEarthWatch.IntegrationTests.Web;

/// <summary>
/// The story list's text search and date range as an analyst types them: every word must appear, a quoted phrase as
/// written, quotes and runs of spaces are not searched for; a date range says how many undated stories it leaves out.
/// </summary>
public sealed class SearchTests(AppFactory factory) : IClassFixture<AppFactory>, IAsyncLifetime
{
    private const string Undated = "Kestrel lifts heavy rare earths output\n\n"
        + "Kestrel Rare Earths of Australia said heavy rare earths output at its plant in Malaysia rose 50% to 1,200 tonnes in the year.\n\n"
        + "The company said it would sell the extra dysprosium oxide to magnet makers in Japan under long-term contracts.";

    private readonly HttpClient _client = factory.CreateClient();

    public async Task InitializeAsync()
    {
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Undated)), "files", "kestrel.txt" },
            { new ByteArrayContent(await File.ReadAllBytesAsync(RepoPaths.BusinessStandardSeed)), "files", Path.GetFileName(RepoPaths.BusinessStandardSeed) },
        };
        using var response = await _client.PostAsync(new Uri("/api/articles", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        (await response.Content.ReadFromJsonAsync<List<UploadResultJson>>())!.Select(r => r.Status)
            .Should().OnlyContain(s => s == "newStory" || s == "alreadyStored");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("\"heavy rare earths\"", 1)]
    [InlineData("“heavy rare earths”", 1)]
    [InlineData("Malaysia Kestrel", 1)]
    [InlineData("\"Malaysia Kestrel\"", 0)]
    [InlineData("heavy    rare", 1)]
    [InlineData("\"Kestrel", 1)]
    [InlineData("50%", 1)]
    [InlineData("5_%", 0)]
    [InlineData("Kestrel Atlantis", 0)]
    public async Task The_text_search_finds_every_word_or_the_quoted_phrase(string q, int stories)
    {
        var list = await _client.GetFromJsonAsync<StoryListJson>("/api/stories?q=" + Uri.EscapeDataString(q));
        list!.Total.Should().Be(stories);
        list.Items.Where(s => !s.Title.Contains("Kestrel", StringComparison.Ordinal)).Should().BeEmpty("only the Kestrel story has these words");
    }

    [Theory]
    [InlineData("  Lynas   Malaysia ", new[] { "Lynas", "Malaysia" })]
    [InlineData("\"heavy  rare earths\" Lynas", new[] { "heavy rare earths", "Lynas" })]
    [InlineData("“NdPr oxide”", new[] { "NdPr oxide" })]
    [InlineData("\"", new string[0])]
    [InlineData("lynas LYNAS", new[] { "lynas" })]
    public void Search_words_and_phrases_are_read_from_what_the_analyst_typed(string q, string[] terms) =>
        SearchTerms.Parse(q).Should().Equal(terms);

    [Fact]
    public async Task A_date_range_says_how_many_undated_stories_it_leaves_out_and_links_to_them()
    {
        var page = await _client.GetDocumentAsync("/stories?from=2025-01-01&to=2025-12-31");
        page.QuerySelectorAll("table.stories tbody tr").Should().ContainSingle().Which.TextContent.Should().Contain("IREL");
        var note = page.QuerySelector("#undated-left-out")!;
        note.TextContent.Should().Contain("1 undated story matches the other filters");
        var all = await _client.GetDocumentAsync(note.QuerySelector("a")!.GetAttribute("href")!);
        all.QuerySelectorAll("table.stories tbody tr").Should().HaveCount(2);

        var india = await _client.GetDocumentAsync("/stories?country=IN&from=2025-01-01");
        india.QuerySelector("#undated-left-out").Should().BeNull("the undated story does not mention India");
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("“ ”")]
    public async Task A_search_of_only_quotes_says_there_is_nothing_to_search_for_and_lists_no_story(string q)
    {
        var page = await _client.GetDocumentAsync("/stories?q=" + Uri.EscapeDataString(q));
        page.QuerySelector("p.problem")!.TextContent.Should().Contain("has no words to search for").And.Contain("double quotes");
        page.QuerySelectorAll("table.stories tbody tr").Should().BeEmpty("a search of nothing must not look like a search that matched every story");

        using var api = await _client.GetAsync(new Uri("/api/stories?q=" + Uri.EscapeDataString(q), UriKind.Relative));
        api.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        (await api.Content.ReadAsStringAsync()).Should().Contain("has no words to search for");
    }

    [Fact]
    public async Task A_search_that_finds_nothing_says_how_the_search_reads_the_words()
    {
        var page = await _client.GetDocumentAsync("/stories?q=" + Uri.EscapeDataString("\"Malaysia Kestrel\""));
        page.QuerySelector("p.empty")!.TextContent.Should().Be("No stories match.");
        page.QuerySelector("#search-help")!.TextContent.Should().Contain("every word").And.Contain("double quotes");
    }
}
