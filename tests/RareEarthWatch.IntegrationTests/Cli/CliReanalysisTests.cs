using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RareEarthWatch.Data;
using RareEarthWatch.Extraction;
using RareEarthWatch.IntegrationTests.Infrastructure;

namespace RareEarthWatch.IntegrationTests.Cli;

/// <summary>
/// After an upgrade the command line, like the web app, reads again the articles an older version of the extractors stored:
/// <c>rew import</c> does it before importing, <c>rew reanalyze</c> on demand. An article that cannot be read again keeps
/// what it had. Each test works on a real SQLite file in its own temporary data folder.
/// </summary>
public sealed class CliReanalysisTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "rew-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly string _data;

    public CliReanalysisTests()
    {
        Directory.CreateDirectory(_work);
        _data = Path.Combine(_work, "data");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    [Fact]
    public async Task Import_first_reads_again_the_articles_an_older_extractor_stored()
    {
        await ImportSeedsAsync();
        await MakeOutdatedAsync(dropTonnages: true);

        var newFolder = Path.Combine(_work, "new");
        Directory.CreateDirectory(newFolder);
        await File.WriteAllTextAsync(
            Path.Combine(newFolder, "lynas-quarter.txt"),
            "Lynas Rare Earths said on Tuesday it produced 2,000 tonnes of NdPr oxide in the September quarter, "
            + "up from 1,800 tonnes a year earlier, the company said in a statement to the exchange.");
        var (exit, output, error) = await CliRunner.RunAsync(_work, "import", newFolder, $"--Data:Directory={_data}");

        exit.Should().Be(0, output + error);
        Flat(output).Should().Contain("2 stored articles were read by an older version of the extractors; re-reading them before importing")
            .And.Contain("Re-read: 2 of 2, none failed").And.Contain("1 new story");
        output.IndexOf("Re-read:", StringComparison.Ordinal).Should().BeLessThan(output.IndexOf("1 new story", StringComparison.Ordinal), "stored articles are re-read first");
        await using var db = OpenDatabase();
        (await db.Articles.Select(a => a.ExtractorVersion).ToListAsync()).Should().HaveCount(3).And.OnlyContain(v => v == ExtractionPipeline.Version);
        (await db.Tonnages.Where(t => t.Min == 400 && t.Max == 500).Select(t => t.ArticleId).Distinct().CountAsync())
            .Should().Be(2, "both seed copies say 400 to 500 tonnes of neodymium, which the re-reading found again");
    }

    public static TheoryData<string, string> Unreadable => new()
    {
        { "pdf", "was changed or damaged" },
        { "no-text", "was changed or damaged" },
        { "other-article", "was changed or damaged" },
        { "missing", "raw file is missing" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task Reanalyze_leaves_an_article_it_cannot_read_again_as_it_was_and_says_why(string damage, string reason)
    {
        await ImportSeedsAsync();
        await MakeOutdatedAsync(dropTonnages: false);
        int broken;
        string brokenFile, rawPath, mainText;
        int mentions, tonnages;
        await using (var db = OpenDatabase())
        {
            var article = await db.Articles.OrderBy(a => a.Id).LastAsync();
            (broken, brokenFile, mainText) = (article.Id, article.FileName, article.MainText);
            rawPath = Path.Combine(_data, DataOptions.RawFolderName, article.Sha256 + ".bin");
            mentions = await db.Mentions.CountAsync(m => m.ArticleId == broken);
            tonnages = await db.Tonnages.CountAsync(t => t.ArticleId == broken);
        }

        mentions.Should().BePositive();
        switch (damage)
        {
            case "pdf":
                await File.WriteAllBytesAsync(rawPath, [.. Encoding.ASCII.GetBytes("%PDF-1.4\n%"), 0, 1, 2, 3]);
                break;
            case "no-text":
                await File.WriteAllTextAsync(rawPath, "<html><head><title>Home</title></head><body><nav><a href=\"/\">Home</a></nav></body></html>");
                break;
            case "other-article":
                // A readable article, but not the one stored: reading it would give this article another article's facts.
                await File.WriteAllTextAsync(rawPath, "Lynas Rare Earths said on Tuesday it produced 2,000 tonnes of NdPr oxide in the September quarter, "
                    + "up from 1,800 tonnes a year earlier, the company said in a statement to the exchange.");
                break;
            default:
                File.Delete(rawPath);
                break;
        }

        var (exit, output, error) = await CliRunner.RunAsync(_work, "reanalyze", $"--Data:Directory={_data}");

        exit.Should().Be(1, output + error);
        Flat(output).Should().Contain("2 stored articles were read by an older version of the extractors; re-reading them")
            .And.Contain("Re-read: 1 of 2; 1 failed").And.Contain($"#{broken} {brokenFile} (story #").And.Contain(reason);
        await using (var db = OpenDatabase())
        {
            var kept = await db.Articles.SingleAsync(a => a.Id == broken);
            kept.ExtractorVersion.Should().Be(ExtractionPipeline.Version - 1, "it was not read again");
            kept.MainText.Should().Be(mainText);
            (await db.Mentions.CountAsync(m => m.ArticleId == broken)).Should().Be(mentions);
            (await db.Tonnages.CountAsync(t => t.ArticleId == broken)).Should().Be(tonnages);
            (await db.Articles.Where(a => a.Id != broken).Select(a => a.ExtractorVersion).SingleAsync()).Should().Be(ExtractionPipeline.Version);
        }
    }

    /// <summary>
    /// A stored article whose raw file is intact (its SHA-256 checks) but which the extractors, as now set up, refuse or find
    /// no article text in: the size limit lowered below the file's size; an end label ("Related Articles") allowed to end
    /// the article before any paragraph, where it stood between the title and the story.
    /// </summary>
    public static TheoryData<string, string, string> RefusedNow => new()
    {
        { "refused", "--Extraction:MaxDocumentBytes=10000", "The current extractors refuse its raw file: The file is 17 KB, more than the 10 KB an article may have" },
        { "no-text", "--Extraction:Reading:MinBlocksBeforeEndLabel=0", "The current extractors find no article text in its raw file" },
    };

    [Theory]
    [MemberData(nameof(RefusedNow))]
    public async Task Reanalyze_says_when_the_current_extractors_refuse_an_intact_raw_file_or_find_no_text_in_it(string kind, string setting, string reason)
    {
        if (kind == "refused")
        {
            await ImportSeedsAsync();
        }
        else
        {
            var folder = Path.Combine(_work, "plant");
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(
                Path.Combine(folder, "plant.txt"),
                "Separation plant starts output\n\nRelated Articles\n\nQuarrion Metals Ltd said on Monday it had started its separation plant, "
                + "which will make 1,200 tonnes a year of NdPr oxide. The plant is the first of its kind in the region, the company said.\n");
            var (importExit, importOutput, importError) = await CliRunner.RunAsync(_work, "import", folder, $"--Data:Directory={_data}", "--Seeds:ImportOnFirstRun=false");
            importExit.Should().Be(0, importOutput + importError);
        }

        int broken;
        string brokenFile, mainText;
        int mentions;
        await using (var db = OpenDatabase())
        {
            var article = await db.Articles.OrderByDescending(a => a.SizeBytes).FirstAsync();
            (broken, brokenFile, mainText) = (article.Id, article.FileName, article.MainText);
            mentions = await db.Mentions.CountAsync(m => m.ArticleId == broken);
            var raw = await File.ReadAllBytesAsync(Path.Combine(_data, DataOptions.RawFolderName, article.Sha256 + ".bin"));
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(raw)).Should().Be(article.Sha256, "the raw file is intact");
        }

        var (exit, output, error) = await CliRunner.RunAsync(_work, "reanalyze", "--all", $"--Data:Directory={_data}", setting);

        exit.Should().Be(1, output + error);
        Flat(output).Should().Contain($"#{broken} {brokenFile} (story #").And.Contain(reason).And.Contain("keeps what the earlier reading found")
            .And.NotContain("changed or damaged").And.NotContain("missing");
        await using (var db = OpenDatabase())
        {
            var kept = await db.Articles.SingleAsync(a => a.Id == broken);
            kept.MainText.Should().Be(mainText, "it keeps what the earlier reading stored");
            (await db.Mentions.CountAsync(m => m.ArticleId == broken)).Should().Be(mentions);
            kept.RereadFailure.Should().Contain(reason.Split(':')[0]);
        }

        // Read again with the settings it was stored under: read fine, and the stored failure is gone.
        (exit, output, error) = await CliRunner.RunAsync(_work, "reanalyze", "--all", $"--Data:Directory={_data}");
        exit.Should().Be(0, output + error);
        Flat(output).Should().Contain("none failed").And.NotContain("earlier run");
        await using (var db = OpenDatabase())
        {
            (await db.Articles.SingleAsync(a => a.Id == broken)).RereadFailure.Should().BeNull();
        }
    }

    [Fact]
    public async Task Reanalyze_lists_the_failures_an_earlier_run_stored_until_the_article_is_read_again()
    {
        await ImportSeedsAsync();
        int broken;
        string brokenFile, rawPath;
        await using (var db = OpenDatabase())
        {
            var article = await db.Articles.OrderBy(a => a.Id).LastAsync();
            (broken, brokenFile) = (article.Id, article.FileName);
            rawPath = Path.Combine(_data, DataOptions.RawFolderName, article.Sha256 + ".bin");
        }

        var original = await File.ReadAllBytesAsync(rawPath);
        File.Delete(rawPath);
        var (exit, output, error) = await CliRunner.RunAsync(_work, "reanalyze", "--all", $"--Data:Directory={_data}");
        exit.Should().Be(1, output + error);

        // A later command that has nothing to re-read still names it, from the database.
        (exit, output, error) = await CliRunner.RunAsync(_work, "reanalyze", $"--Data:Directory={_data}");
        exit.Should().Be(0, output + error);
        Flat(output).Should().Contain("Nothing to re-read").And.Contain("1 stored article could not be read again by an earlier run")
            .And.Contain($"#{broken} {brokenFile} (story #").And.Contain("raw file is missing").And.MatchRegex(@"tried \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC");

        // Importing the original file again restores its raw file and clears the failure.
        var again = Path.Combine(_work, "again");
        Directory.CreateDirectory(again);
        await File.WriteAllBytesAsync(Path.Combine(again, brokenFile), original);
        (exit, output, error) = await CliRunner.RunAsync(_work, "import", again, $"--Data:Directory={_data}");
        exit.Should().Be(0, output + error);
        Flat(output).Should().Contain("already stored").And.Contain("restored");
        (exit, output, error) = await CliRunner.RunAsync(_work, "reanalyze", $"--Data:Directory={_data}");
        exit.Should().Be(0, output + error);
        Flat(output).Should().Contain("Nothing to re-read").And.NotContain("earlier run");
    }

    [Fact]
    public async Task Reanalyze_reads_every_article_again_with_all_and_says_when_nothing_is_outdated()
    {
        await ImportSeedsAsync();

        var (exit, output, error) = await CliRunner.RunAsync(_work, "reanalyze", $"--Data:Directory={_data}");
        exit.Should().Be(0, output + error);
        output.Should().Contain("Nothing to re-read").And.Contain("--all");

        (exit, output, error) = await CliRunner.RunAsync(_work, "reanalyze", "--all", $"--Data:Directory={_data}");
        exit.Should().Be(0, output + error);
        output.Should().Contain("Re-reading all 2 stored articles").And.Contain("Re-read: 2 of 2, none failed");
    }

    [Fact]
    public async Task Reanalyze_without_a_database_says_what_to_do_and_creates_none()
    {
        var (exit, output, error) = await CliRunner.RunAsync(_work, "reanalyze", $"--Data:Directory={_data}");

        exit.Should().Be(2);
        Flat(output + error).Should().Contain("No database at").And.Contain("--Data:Directory").And.Contain("rew import");
        Directory.Exists(_data).Should().BeFalse("reanalyze never creates a data folder or a database");
    }

    /// <summary>The output with its line wrapping undone (the console wraps at 80 columns when it is not a terminal).</summary>
    private static string Flat(string output) => Regex.Replace(output, @"\s+", " ");

    private async Task ImportSeedsAsync()
    {
        var (exit, output, error) = await CliRunner.RunAsync(_work, "import", RepoPaths.Seeds, $"--Data:Directory={_data}", "--Seeds:ImportOnFirstRun=false");
        exit.Should().Be(0, output + error);
    }

    /// <summary>What an older version stored: its version number and, when asked, none of the tonnages the current rules find.</summary>
    private async Task MakeOutdatedAsync(bool dropTonnages)
    {
        await using var db = OpenDatabase();
        if (dropTonnages)
        {
            await db.Tonnages.ExecuteDeleteAsync();
        }

        await db.Articles.ExecuteUpdateAsync(a => a.SetProperty(x => x.ExtractorVersion, ExtractionPipeline.Version - 1));
    }

    private RareEarthWatchDbContext OpenDatabase() =>
        new(new DbContextOptionsBuilder<RareEarthWatchDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_data, DataOptions.DatabaseFileName)};Pooling=False").Options);
}
