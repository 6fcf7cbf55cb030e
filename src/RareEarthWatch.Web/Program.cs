using RareEarthWatch.Data;
using RareEarthWatch.Web.Api;
using RareEarthWatch.Web.Infrastructure;

// "--Data:Directory" with no value would otherwise start on the default data folder without a word.
if (SettingArguments.MissingValue(args, _ => true) is { } error)
{
    await Console.Error.WriteLineAsync(error);
    return 2;
}

// The content (appsettings, pages, static files) is the app's own; the working directory is the user's,
// and relative settings such as Data:Directory are read against it.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UseStaticWebAssets();

builder.AddRareEarthWatchLogging();
builder.Services.AddRareEarthWatchData(builder.Configuration);
builder.Services.AddRareEarthWatchWeb();

var app = builder.Build();

await app.InitializeDatabaseAsync();
app.UseRareEarthWatchPipeline();
app.MapRazorPages();
app.MapStoriesApi();
app.MapArticlesApi();

await app.RunAsync();
return 0;
