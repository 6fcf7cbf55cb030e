using System.Net.Http.Json;
using System.Text;
using RareEarthWatch.IntegrationTests.Infrastructure;

namespace RareEarthWatch.IntegrationTests.Web;

/// <summary>Bad input gets a clear reason, the imports page records it, and nothing stored is lost.</summary>
public sealed class UploadTests(SmallLimitAppFactory factory) : IClassFixture<SmallLimitAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_file_of_another_type_is_rejected_with_a_reason_and_listed_on_the_imports_page()
    {
        var page = await _client.UploadThroughPageAsync(("report.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n")));
        var result = page.QuerySelector("#upload-results tbody tr")!.TextContent;
        result.Should().Contain("rejected").And.Contain(".html");

        var imports = await _client.GetDocumentAsync("/imports");
        imports.QuerySelector("#upload-results")!.TextContent.Should().Contain("report.pdf").And.Contain("rejected");
    }

    [Fact]
    public async Task A_saved_page_is_judged_by_its_content_not_its_name()
    {
        const string Html = "<html><head><title>Quarrion Metals starts its separation plant</title></head><body><article><h1>Quarrion Metals starts its separation plant</h1>"
            + "<p>Quarrion Metals Ltd said on Monday it had started its separation plant in Western Australia, which will make 1,200 tonnes a year of NdPr oxide.</p>"
            + "<p>The company said the first oxide would be shipped to magnet makers in Japan in the second quarter of next year.</p></article></body></html>";
        var result = (await PostAsync(("article.php", Encoding.UTF8.GetBytes(Html)))).Should().ContainSingle().Subject;
        result.Status.Should().Be("newStory", result.Message);

        var pdf = (await PostAsync(("brochure.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n")))).Single();
        pdf.Status.Should().Be("rejected");
        pdf.Message.Should().Contain("PDF").And.Contain(".html");
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_a_clear_message()
    {
        var big = new byte[SmallLimitAppFactory.Limit + 1];
        Array.Fill(big, (byte)'a');
        var results = await PostAsync(("huge.txt", big));
        var result = results.Should().ContainSingle().Subject;
        result.Status.Should().Be("rejected");
        result.Message.Should().Contain("larger than the limit").And.Contain("Storage:MaxUploadBytes");
    }

    [Fact]
    public async Task A_binary_file_with_an_allowed_name_is_rejected_and_changes_nothing()
    {
        var before = (await _client.GetFromJsonAsync<StoryListJson>("/api/stories"))!.Total;
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1 };
        var results = await PostAsync(("picture.html", png));
        results.Should().ContainSingle().Which.Status.Should().Be("rejected");
        results[0].Message.Should().NotBeNullOrWhiteSpace();
        (await _client.GetFromJsonAsync<StoryListJson>("/api/stories"))!.Total.Should().Be(before);
    }

    [Fact]
    public async Task A_rejected_file_whose_bytes_were_kept_can_be_retried_from_the_imports_page()
    {
        var zip = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0x21, 0, 0x21, 0, 0x21, 0, 0x21, 0, 0x21, 0 };
        var result = (await PostAsync(("saved-page.htm", zip))).Single();
        result.Status.Should().Be("rejected");

        var imports = await _client.GetDocumentAsync("/imports");
        var row = imports.QuerySelectorAll("#upload-results tbody tr").Single(r => r.TextContent.Contains("saved-page.htm", StringComparison.Ordinal));
        row.QuerySelector("form button")!.TextContent.Should().Be("Retry");

        var after = await _client.SubmitFormAsync("/imports", $"#upload-results form:has(input[value='{result.UploadId}'])", new Dictionary<string, string> { ["id"] = result.UploadId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        after.QuerySelector(".notice")!.TextContent.Should().Contain($"Upload #{result.UploadId}");
        after.QuerySelectorAll("#upload-results tbody tr").Single(r => r.TextContent.Contains("saved-page.htm", StringComparison.Ordinal))
            .TextContent.Should().Contain("2 attempts");
    }

    [Fact]
    public async Task An_empty_file_is_rejected()
    {
        var results = await PostAsync(("empty.txt", []));
        results.Should().ContainSingle().Which.Status.Should().Be("rejected");
    }

    [Fact]
    public async Task An_empty_file_is_not_offered_for_retry_as_no_setting_or_version_can_find_an_article_in_it()
    {
        var result = (await PostAsync(("nothing-saved.txt", []))).Single();
        result.Status.Should().Be("rejected");

        var imports = await _client.GetDocumentAsync("/imports");
        var row = imports.QuerySelectorAll("#upload-results tbody tr").Single(r => r.TextContent.Contains("nothing-saved.txt", StringComparison.Ordinal));
        row.TextContent.Should().Contain("The file is empty");
        row.QuerySelector("form button").Should().BeNull();
    }

    [Fact]
    public async Task Uploaded_markup_is_shown_as_text_never_rendered()
    {
        const string Title = "Lynas <script>alert('x')</script> plans <b>bold</b> expansion";
        var text = Title + "\n\n" + string.Join("\n\n", Enumerable.Range(1, 6).Select(i =>
            $"Paragraph {i}: Lynas Rare Earths said on Tuesday that its Kalgoorlie plant in Australia would lift output of NdPr oxide, <img src=x onerror=alert(1)> according to the company statement number {i}."));
        var results = await PostAsync(("markup.txt", Encoding.UTF8.GetBytes(text)));
        var result = results.Should().ContainSingle().Subject;
        result.Status.Should().Be("newStory");

        using var response = await _client.GetAsync(new Uri($"/stories/{result.StoryId}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        html.Should().NotContain("<script>alert").And.NotContain("<img src=x");
        var page = HtmlForms.Parse(html);
        page.QuerySelectorAll("script").Should().BeEmpty();
        page.QuerySelectorAll("img").Should().BeEmpty();
    }

    [Fact]
    public async Task The_api_says_what_to_send_when_the_form_has_no_files()
    {
        using var content = new MultipartFormDataContent { { new StringContent("x"), "notfiles" } };
        using var response = await _client.PostAsync(new Uri("/api/articles", UriKind.Relative), content);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("files");
    }

    [Fact]
    public async Task Unknown_pages_answer_404_with_a_way_back()
    {
        using var response = await _client.GetAsync(new Uri("/stories/999999", UriKind.Relative));
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("/stories");
    }

    [Fact]
    public async Task A_wire_copy_dated_only_by_its_dateline_gets_the_year_it_was_uploaded_in()
    {
        const string Wire = "Quarrion Metals lifts oxide output\n\nSYDNEY, Jan 2 (Reuters) - Quarrion Metals Ltd said on Friday its separation plant in Western Australia made 310 tonnes of NdPr oxide in December, a monthly record.\n\nThe company said it expects to sell most of it to magnet makers in Japan.";
        var result = (await PostAsync(("quarrion-wire.txt", Encoding.UTF8.GetBytes(Wire)))).Should().ContainSingle().Subject;
        result.Status.Should().Be("newStory", result.Message);

        var story = (await _client.GetFromJsonAsync<StoryJson>($"/api/stories/{result.StoryId}"))!;
        // The latest 2 January that is not after the upload (a day of slack for time zones).
        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        var expected = new DateOnly(today.Year, 1, 2) <= today ? new DateOnly(today.Year, 1, 2) : new DateOnly(today.Year - 1, 1, 2);
        story.Published.Should().StartWith(expected.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<List<UploadResultJson>> PostAsync(params (string Name, byte[] Content)[] files)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), "files", name);
        }

        using var response = await _client.PostAsync(new Uri("/api/articles", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<List<UploadResultJson>>())!;
    }
}
