using RareEarthWatch.Data.Ingestion;

namespace RareEarthWatch.Web.Api;

/// <summary><c>POST /api/articles</c>: multipart form with one or more <c>files</c>; one result per file.</summary>
internal static class ArticlesApi
{
    public const string Origin = "api";

    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/articles", UploadAsync)
            .WithTags("Articles")
            .DisableAntiforgery(); // a tool's call, not a browser form: no cookie to protect
        return app;
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, IngestionService ingestion, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Results.Problem(
                title: "Expected a multipart form",
                detail: "Send the files as multipart/form-data, each in a field named “files”.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var form = await request.ReadFormAsync(ct);
        var files = form.Files.GetFiles("files");
        if (files.Count == 0)
        {
            return Results.Problem(
                title: "No files",
                detail: "The form holds no field named “files”: attach one or more files under that name.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var results = new List<UploadResultResponse>();
        foreach (var file in files)
        {
            await using var stream = file.OpenReadStream();
            var result = await ingestion.IngestAsync(stream, file.FileName, Origin, ct);
            results.Add(UploadResultResponse.From(result));
        }

        return Results.Ok(results);
    }
}

internal sealed record UploadResultResponse(string FileName, string Status, string Message, int? StoryId, string? StoryTitle, int UploadId)
{
    public static UploadResultResponse From(IngestResult r) =>
        new(r.FileName, StatusName(r.Status), r.Message, r.StoryId, r.StoryTitle, r.UploadId);

    /// <summary>The outcome as a stable word: newStory, addedToStory, alreadyStored, rejected, failed.</summary>
    private static string StatusName(RareEarthWatch.Data.Model.UploadStatus status) =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}
