using Microsoft.Playwright;

namespace RareEarthWatch.IntegrationTests.Browser;

/// <summary>Debian's Chromium (never a downloaded browser), headless, with the flags this machine needs; one per test.</summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser) => (_playwright, _browser) = (playwright, browser);

    public static async Task<HeadlessChromium> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new HeadlessChromium(playwright, browser);
    }

    /// <summary>
    /// How long a page waits for a load, a navigation or an element. Playwright's 30 s default was reached twice on this
    /// 2-core machine while other builds ran beside the tests; a quiet run takes well under a second.
    /// </summary>
    private const float WaitMilliseconds = 90_000;

    /// <summary>A new page in a window of this width (a wide screen is 1280, a phone 420).</summary>
    public async Task<IPage> NewPageAsync(int width, int height = 900)
    {
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        page.SetDefaultTimeout(WaitMilliseconds);
        page.SetDefaultNavigationTimeout(WaitMilliseconds);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
