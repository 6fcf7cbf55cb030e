using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RareEarthWatch.Data;
using RareEarthWatch.Extraction;
using RareEarthWatch.IntegrationTests.Infrastructure;

namespace RareEarthWatch.IntegrationTests.Web;

/// <summary>
/// After an upgrade the app re-reads, in the background, the articles an older version of the extractors stored, so
/// the pages show what the current rules find without anyone asking for it.
/// </summary>
public sealed class OutdatedArticleTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Articles_read_by_an_older_extractor_are_read_again_when_the_app_starts()
    {
        string dataDirectory;
        int articleId;
        await using (var first = new AppFactory { KeepsData = true })
        {
            dataDirectory = first.DataDirectory;
            var client = first.CreateClient();
            const string text = "Lynas Rare Earths said on Tuesday it produced 2,000 tonnes of NdPr oxide in the September quarter, "
                + "up from 1,800 tonnes a year earlier, the company said in a statement to the exchange.";
            using var content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "files", "lynas-quarter.txt" } };
            using var response = await client.PostAsync(new Uri("/api/articles", UriKind.Relative), content);
            response.EnsureSuccessStatusCode();

            // What an older version stored: no period details, and its version number.
            var dbFactory = first.Services.GetRequiredService<IDbContextFactory<RareEarthWatchDbContext>>();
            await using var db = await dbFactory.CreateDbContextAsync();
            articleId = await db.Articles.Select(a => a.Id).SingleAsync();
            await db.Tonnages.ExecuteUpdateAsync(t => t.SetProperty(x => x.PeriodDetail, (string?)null));
            await db.Articles.ExecuteUpdateAsync(a => a.SetProperty(x => x.ExtractorVersion, ExtractionPipeline.Version - 1));
        }

        await using var restarted = new RestartedAppFactory(dataDirectory);
        var restartedClient = restarted.CreateClient();
        var restartedDb = restarted.Services.GetRequiredService<IDbContextFactory<RareEarthWatchDbContext>>();
        var deadline = DateTime.UtcNow + Patience;
        int version;
        do
        {
            await Task.Delay(200);
            await using var db = await restartedDb.CreateDbContextAsync();
            version = await db.Articles.Where(a => a.Id == articleId).Select(a => a.ExtractorVersion).SingleAsync();
        }
        while (version < ExtractionPipeline.Version && DateTime.UtcNow < deadline);

        version.Should().Be(ExtractionPipeline.Version);
        await using (var db = await restartedDb.CreateDbContextAsync())
        {
            (await db.Tonnages.Where(t => t.ArticleId == articleId).Select(t => t.PeriodDetail).ToListAsync())
                .Should().Contain("September quarter");
        }

        string state;
        do
        {
            state = (await restartedClient.GetDocumentAsync("/reanalysis")).QuerySelector("#reanalysis-state")!.TextContent;
            await Task.Delay(100);
        }
        while (!state.Contains("finished", StringComparison.Ordinal) && DateTime.UtcNow < deadline);

        state.Should().Contain("started by the app").And.Contain("1 article re-read");
    }
}
