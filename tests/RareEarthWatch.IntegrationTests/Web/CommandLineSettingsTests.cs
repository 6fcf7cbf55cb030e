using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace RareEarthWatch.IntegrationTests.Web;

/// <summary>The web app, started as a user starts it, reads <c>--Data:Directory /path</c> (a space, not '=') as its data folder.</summary>
public sealed class CommandLineSettingsTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "rew-web-args", Guid.NewGuid().ToString("N"));

    public CommandLineSettingsTests() => Directory.CreateDirectory(_work);

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

    [Theory]
    [InlineData("--Urls", "http://127.0.0.1:0", "--Data:Directory")]
    [InlineData("--Data:Directory", "--Urls", "http://127.0.0.1:0")]
    public async Task A_setting_without_a_value_stops_the_app_with_how_to_write_it(params string[] args)
    {
        using var process = Process.Start(WebApp(args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process.ExitCode.Should().Be(2, await output);
        (await error).Should().Contain("The setting --Data:Directory has no value: write --Data:Directory=value or --Data:Directory value");
        Directory.EnumerateFileSystemEntries(_work).Should().BeEmpty("neither the default data folder nor one named after the next option is made");
    }

    [Theory]
    [InlineData(new[] { "--Data:Directory", "/d" }, null)]
    [InlineData(new[] { "--Data:Directory=/d", "--Urls", "http://x" }, null)]
    [InlineData(new[] { "--Data:Directory" }, "--Data:Directory")]
    [InlineData(new[] { "--Data:Directory", "--Urls=http://x" }, "--Data:Directory")]
    [InlineData(new[] { "--Urls", "http://x", "--Seeds:ImportOnFirstRun" }, "--Seeds:ImportOnFirstRun")]
    public void A_setting_without_a_value_is_found_wherever_it_stands(string[] args, string? missing)
    {
        var error = RareEarthWatch.Data.SettingArguments.MissingValue(args, _ => true);
        if (missing is null)
        {
            error.Should().BeNull();
        }
        else
        {
            error.Should().StartWith($"The setting {missing} has no value");
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_data_folder_is_taken_from_the_setting_written_with_a_space_or_an_equals_sign(bool spaced)
    {
        var data = Path.Combine(_work, "my data");
        using var process = Process.Start(WebApp(spaced
            ? ["--Data:Directory", data, "--Urls", "http://127.0.0.1:0", "--Seeds:ImportOnFirstRun", "false"]
            : [$"--Data:Directory={data}", "--Urls=http://127.0.0.1:0", "--Seeds:ImportOnFirstRun=false"]))!;
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            log.Enqueue(e.Data);
            if (e.Data.Contains("Now listening on", StringComparison.Ordinal))
            {
                ready.TrySetResult(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var finished = await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
            finished.Should().Be(ready.Task, "the app should start and listen; it wrote: {0}", string.Join("\n", log));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        string.Join("\n", log).Should().Contain($"Data folder: {data}");
        File.Exists(Path.Combine(data, "rareearthwatch.db")).Should().BeTrue("the app stores its database in the folder given");
        Directory.Exists(Path.Combine(_work, "data")).Should().BeFalse("nothing is stored in the default folder");
    }

    /// <summary>The built web app as its own process in the test's folder, with these command-line arguments.</summary>
    private ProcessStartInfo WebApp(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RareEarthWatch.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }
}
