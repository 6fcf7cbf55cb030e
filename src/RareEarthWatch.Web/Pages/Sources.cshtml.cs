using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RareEarthWatch.Data.Queries;
using RareEarthWatch.Data.Storage;
using RareEarthWatch.Extraction;
using RareEarthWatch.Extraction.Documents;
using RareEarthWatch.Extraction.MainText;

namespace RareEarthWatch.Web.Pages;

/// <summary>
/// Shows where a piece of evidence stands in the original file: the stored raw file is read again,
/// the evidence's span in the main text is mapped back through the source map, and the surrounding
/// source is shown as plain text with the span highlighted.
/// </summary>
public sealed class SourcesModel(StoryQueries queries, RawFileStore rawFiles, ArticleReader reader) : PageModel
{
    /// <summary>Characters of source shown on each side of the span.</summary>
    private const int Context = 700;

    public ArticleSourceInfo Article { get; private set; } = null!;
    public string? Problem { get; private set; }
    public string Before { get; private set; } = "";
    public string Match { get; private set; } = "";
    public string After { get; private set; } = "";
    public int SourceStart { get; private set; }
    public int SourceLength { get; private set; }
    public string Quoted { get; private set; } = "";

    /// <summary>True when no evidence span was asked for: the page shows the whole text kept from the file.</summary>
    public bool WholeText { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? start, int? length, CancellationToken ct)
    {
        var article = await queries.ArticleSourceAsync(id, ct);
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        if (start is null && length is null)
        {
            WholeText = true;
            return Page();
        }

        return await ShowSpanAsync(article, start ?? 0, length ?? 0, ct);
    }

    private async Task<IActionResult> ShowSpanAsync(ArticleSourceInfo article, int start, int length, CancellationToken ct)
    {
        if (start < 0 || length <= 0 || start + length > article.MainText.Length)
        {
            Problem = $"The span {start}+{length} is not inside this article's text ({article.MainText.Length} characters).";
            return Page();
        }

        Quoted = article.MainText.Substring(start, length);
        if (!rawFiles.Exists(article.Sha256))
        {
            Problem = "The original file is no longer in the data folder, so its text cannot be shown. Upload the original file again (the same bytes restore it).";
            return Page();
        }

        var raw = await rawFiles.ReadAsync(article.Sha256, ct);
        if (!string.Equals(RawFileStore.HashOf(raw), article.Sha256, StringComparison.Ordinal))
        {
            Problem = "The original file in the data folder was changed or damaged (its bytes are no longer those first uploaded), so its text is not shown. Upload the original file again (the same bytes restore it).";
            return Page();
        }

        ReadArticle read;
        try
        {
            read = reader.Read(new RawDocument(article.FileName, raw));
        }
        catch (DocumentRejectedException ex)
        {
            Problem = "The current extractor no longer reads this file: " + ex.Message;
            return Page();
        }

        if (!string.Equals(read.MainText, article.MainText, StringComparison.Ordinal))
        {
            Problem = "The stored text was read by an earlier version of the extractor; re-analyse the stored articles (Re-analysis) to point into the original again.";
            return Page();
        }

        if (read.Source.SourceRange(start, length) is not { } range)
        {
            Problem = "These words were written by the reader (between paragraphs or table cells), not taken from the page.";
            return Page();
        }

        var source = read.Source.SourceText;
        (SourceStart, SourceLength) = range;
        var from = Math.Max(0, range.Start - Context);
        var to = Math.Min(source.Length, range.Start + range.Length + Context);
        Before = source[from..range.Start];
        Match = source.Substring(range.Start, range.Length);
        After = source[(range.Start + range.Length)..to];
        return Page();
    }
}
