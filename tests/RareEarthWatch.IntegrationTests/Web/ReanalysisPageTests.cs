using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RareEarthWatch.Data;
using RareEarthWatch.IntegrationTests.Infrastructure;

namespace RareEarthWatch.IntegrationTests.Web;

/// <summary>
/// The Re-analysis page names each article a run could not read again (story, file, reason and what to do), and
/// uploading the original file again restores a lost raw file, so the next run reads that article again.
/// </summary>
public sealed class ReanalysisPageTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private const string Text = "Lynas Rare Earths said on Tuesday it produced 2,000 tonnes of NdPr oxide in the September quarter, "
        + "up from 1,800 tonnes a year earlier, the company said in a statement to the exchange.";

    private const string FileName = "lynas-quarter.txt";

    public static TheoryData<bool, string> Damages => new()
    {
        { true, "raw file is missing" },
        { false, "was changed or damaged" },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task A_run_lists_the_article_whose_raw_file_is_lost_with_its_story_file_and_reason(bool deleted, string reason)
    {
        await using var app = new AppFactory();
        var client = app.CreateClient();
        var stored = await UploadAsync(client, app);
        await DamageAsync(stored.RawPath, deleted);

        var page = await RunAsync(client, done: p => p.QuerySelector("#reanalysis-failures") is not null);

        page.QuerySelector("#reanalysis-state")!.TextContent.Should().Contain("0 articles re-read, 1 could not be read");
        var row = page.QuerySelectorAll("#reanalysis-failures tbody tr").Should().ContainSingle().Subject;
        var link = row.QuerySelector("a") as IHtmlAnchorElement;
        link.Should().NotBeNull("the story title links to the story page");
        link!.GetAttribute("href").Should().Be($"/stories/{stored.StoryId}");
        link.TextContent.Should().Be(stored.StoryTitle);
        row.QuerySelector("td[data-label=File]")!.TextContent.Should().Contain(FileName);
        row.QuerySelector("td[data-label=Why]")!.TextContent.Should().Contain(reason)
            .And.Contain("Upload the original file again");

        // The article keeps what the earlier reading stored.
        await using var db = await Db(app).CreateDbContextAsync();
        (await db.Tonnages.CountAsync(t => t.ArticleId == stored.ArticleId)).Should().Be(stored.Tonnages).And.BePositive();
    }

    [Fact]
    public async Task A_run_asked_for_shows_as_queued_at_once_not_as_the_last_runs_result()
    {
        // After one run has finished, asking again must not leave the page on "Last run finished ..." until the background
        // service picks the request up: the page (and a caller waiting for "finished") would read the old run's result.
        await using var app = new AppFactory();
        var client = app.CreateClient();
        await UploadAsync(client, app);
        await RunAsync(client, done: p => p.QuerySelector("#reanalysis-state")!.TextContent.Contains("finished", StringComparison.Ordinal));
        var runner = app.Services.GetRequiredService<RareEarthWatch.Web.Background.ReanalysisRunner>();

        runner.Request();

        var state = runner.State;
        (state.Queued || state.Running).Should().BeTrue("the request is under way from the moment it returns");
    }

    [Theory]
    [InlineData(true, "no longer in the data folder")]
    [InlineData(false, "was changed or damaged")]
    public async Task In_the_original_says_the_raw_file_is_lost_and_how_to_restore_it(bool deleted, string reason)
    {
        await using var app = new AppFactory();
        var client = app.CreateClient();
        var stored = await UploadAsync(client, app);
        await DamageAsync(stored.RawPath, deleted);

        var page = await client.GetDocumentAsync($"/sources/{stored.ArticleId}?start=0&length=5");

        page.QuerySelector(".problem")!.TextContent.Should().Contain(reason).And.Contain("Upload the original file again");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Uploading_the_same_file_again_restores_its_lost_raw_file_and_says_so(bool deleted)
    {
        await using var app = new AppFactory();
        var client = app.CreateClient();
        var stored = await UploadAsync(client, app);
        var original = await File.ReadAllBytesAsync(stored.RawPath);
        await DamageAsync(stored.RawPath, deleted);
        var failed = await RunAsync(client, done: p => p.QuerySelector("#reanalysis-failures") is not null);
        failed.QuerySelectorAll("#reanalysis-failures tbody tr").Should().ContainSingle();

        var page = await client.UploadThroughPageAsync((FileName, Encoding.UTF8.GetBytes(Text)));

        var result = page.QuerySelectorAll("#upload-results tbody tr").Should().ContainSingle().Subject.TextContent;
        result.Should().Contain("already stored").And.Contain("raw file was missing").And.Contain("restored").And.Contain("re-analysis of all articles", "it says how to read the article again");
        (await client.GetDocumentAsync("/reanalysis")).QuerySelector("#reanalysis-failures")
            .Should().BeNull("the reason (a lost raw file) no longer holds once the upload restored it");
        File.Exists(stored.RawPath).Should().BeTrue();
        (await File.ReadAllBytesAsync(stored.RawPath)).Should().Equal(original);
        await using (var db = await Db(app).CreateDbContextAsync())
        {
            (await db.Articles.CountAsync()).Should().Be(1, "the same bytes add no article");
            (await db.Stories.CountAsync()).Should().Be(1);
            (await db.Tonnages.CountAsync(t => t.ArticleId == stored.ArticleId)).Should().Be(stored.Tonnages);
        }

        var after = await RunAsync(client, done: p => p.QuerySelector("#reanalysis-state")!.TextContent.Contains("finished", StringComparison.Ordinal));
        after.QuerySelector("#reanalysis-state")!.TextContent.Should().Contain("1 article re-read, 0 could not be read");
        after.QuerySelector("#reanalysis-failures").Should().BeNull();
        if (!deleted)
        {
            Directory.GetFiles(Path.GetDirectoryName(stored.RawPath)!, "*.damaged").Should().ContainSingle("the changed file is kept aside, not lost");
        }
    }

    [Fact]
    public async Task A_failure_is_still_listed_after_a_restart_until_the_article_is_read_again()
    {
        string dataDirectory;
        StoredArticle stored;
        byte[] original;
        await using (var first = new AppFactory { KeepsData = true })
        {
            dataDirectory = first.DataDirectory;
            var client = first.CreateClient();
            stored = await UploadAsync(client, first);
            original = await File.ReadAllBytesAsync(stored.RawPath);
            await DamageAsync(stored.RawPath, deleted: true);
            var failed = await RunAsync(client, done: p => p.QuerySelector("#reanalysis-failures") is not null);
            failed.QuerySelectorAll("#reanalysis-failures tbody tr").Should().ContainSingle();
        }

        // A new host on the same data folder: no run since it started, and the failure is still there.
        await using var restarted = new RestartedAppFactory(dataDirectory);
        var restartedClient = restarted.CreateClient();
        var page = await restartedClient.GetDocumentAsync("/reanalysis");

        page.QuerySelector("#reanalysis-state")!.TextContent.Should().Contain("No run since the app started")
            .And.Contain("could not be read again by an earlier run");
        var row = page.QuerySelectorAll("#reanalysis-failures tbody tr").Should().ContainSingle().Subject;
        row.QuerySelector("a")!.GetAttribute("href").Should().Be($"/stories/{stored.StoryId}");
        row.QuerySelector("a")!.TextContent.Should().Be(stored.StoryTitle);
        row.QuerySelector("td[data-label=File]")!.TextContent.Should().Contain(FileName);
        row.QuerySelector("td[data-label=Why]")!.TextContent.Should().Contain("raw file is missing")
            .And.Contain("Upload the original file again").And.MatchRegex(@"Tried \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC");
        await using (var db = await Db(restarted).CreateDbContextAsync())
        {
            var article = await db.Articles.SingleAsync(a => a.Id == stored.ArticleId);
            article.RereadFailure.Should().Contain("raw file is missing");
            article.RereadFailedUtc.Should().NotBeNull();
        }

        // The raw file is put back from a backup (not through an upload): the failure stays until a run reads the article again.
        await File.WriteAllBytesAsync(stored.RawPath, original);
        (await restartedClient.GetDocumentAsync("/reanalysis")).QuerySelectorAll("#reanalysis-failures tbody tr").Should().ContainSingle();

        var after = await RunAsync(restartedClient, done: p => p.QuerySelector("#reanalysis-state")!.TextContent.Contains("finished", StringComparison.Ordinal));

        after.QuerySelector("#reanalysis-state")!.TextContent.Should().Contain("1 article re-read, 0 could not be read");
        after.QuerySelector("#reanalysis-failures").Should().BeNull("a successful reading clears the article's failure");
        await using (var db = await Db(restarted).CreateDbContextAsync())
        {
            var article = await db.Articles.SingleAsync(a => a.Id == stored.ArticleId);
            article.RereadFailure.Should().BeNull();
            article.RereadFailedUtc.Should().BeNull();
            (await db.Tonnages.CountAsync(t => t.ArticleId == stored.ArticleId)).Should().Be(stored.Tonnages);
        }
    }

    [Fact]
    public async Task Uploading_the_same_file_again_while_its_raw_file_is_there_changes_nothing()
    {
        await using var app = new AppFactory();
        var client = app.CreateClient();
        var stored = await UploadAsync(client, app);
        var written = File.GetLastWriteTimeUtc(stored.RawPath);

        var page = await client.UploadThroughPageAsync((FileName, Encoding.UTF8.GetBytes(Text)));

        var result = page.QuerySelectorAll("#upload-results tbody tr").Should().ContainSingle().Subject.TextContent;
        result.Should().Contain("already stored").And.NotContain("restored");
        File.GetLastWriteTimeUtc(stored.RawPath).Should().Be(written);
    }

    /// <summary>Deletes the raw file, or replaces it by another readable article (which must not be read as this one).</summary>
    private static Task DamageAsync(string rawPath, bool deleted)
    {
        if (deleted)
        {
            File.Delete(rawPath);
            return Task.CompletedTask;
        }

        return File.WriteAllTextAsync(rawPath, "Quarrion Metals Ltd said on Monday it had started its separation plant, which will make 1,200 tonnes a year of NdPr oxide.");
    }

    private static IDbContextFactory<RareEarthWatchDbContext> Db(AppFactory app) =>
        app.Services.GetRequiredService<IDbContextFactory<RareEarthWatchDbContext>>();

    private static async Task<StoredArticle> UploadAsync(HttpClient client, AppFactory app)
    {
        var page = await client.UploadThroughPageAsync((FileName, Encoding.UTF8.GetBytes(Text)));
        page.QuerySelector("#upload-results")!.TextContent.Should().Contain("new story");
        await using var db = await Db(app).CreateDbContextAsync();
        var article = await db.Articles.Include(a => a.Story).SingleAsync();
        var tonnages = await db.Tonnages.CountAsync(t => t.ArticleId == article.Id);
        var rawPath = Path.Combine(app.DataDirectory, DataOptions.RawFolderName, article.Sha256 + ".bin");
        File.Exists(rawPath).Should().BeTrue();
        return new StoredArticle(article.Id, article.StoryId, article.Story.Title, rawPath, tonnages);
    }

    /// <summary>Starts a run through the page's form and reads the page until <paramref name="done"/> holds.</summary>
    private static async Task<IHtmlDocument> RunAsync(HttpClient client, Func<IHtmlDocument, bool> done)
    {
        var page = await client.SubmitFormAsync("/reanalysis", "#reanalyse", new Dictionary<string, string>());
        var deadline = DateTime.UtcNow + Patience;
        while (!done(page) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            page = await client.GetDocumentAsync("/reanalysis");
        }

        done(page).Should().BeTrue("the run should finish within {0}", Patience);
        return page;
    }

    private sealed record StoredArticle(int ArticleId, int StoryId, string StoryTitle, string RawPath, int Tonnages);
}
