using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace RareEarthWatch.IntegrationTests.Infrastructure;

/// <summary>Reads pages with AngleSharp, as a browser would see them, and posts their forms.</summary>
public static class HtmlForms
{
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>
    /// Submits a form of a page as a browser would: the form's action, its antiforgery token, and
    /// the given field values. Follows the redirect and returns the page it lands on.
    /// </summary>
    public static async Task<IHtmlDocument> SubmitFormAsync(this HttpClient client, string pageUrl, string formSelector, IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form {formSelector} on {pageUrl}");
        var token = (form.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value
            ?? throw new InvalidOperationException($"No antiforgery token in {formSelector}");
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;
        using var content = new FormUrlEncodedContent(values);
        using var response = await client.PostAsync(new Uri(action, UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Uploads files through the /upload page's form, antiforgery token included, and follows the redirect.</summary>
    public static async Task<IHtmlDocument> UploadThroughPageAsync(this HttpClient client, params (string Name, byte[] Content)[] files)
    {
        var page = await client.GetDocumentAsync("/upload");
        var form = page.QuerySelector("form.upload") as IHtmlFormElement ?? throw new InvalidOperationException("No upload form");
        var token = (form.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value
            ?? throw new InvalidOperationException("No antiforgery token in the upload form");

        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        foreach (var (name, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), "Files", name);
        }

        using var response = await client.PostAsync(new Uri("/upload", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return Parse(await response.Content.ReadAsStringAsync());
    }
}
