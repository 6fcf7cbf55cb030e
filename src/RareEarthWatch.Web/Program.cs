using RareEarthWatch.Data;
using RareEarthWatch.Web.Api;
using RareEarthWatch.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

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
