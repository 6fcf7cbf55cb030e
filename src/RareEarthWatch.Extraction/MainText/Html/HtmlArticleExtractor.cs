using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using RareEarthWatch.Extraction.Documents;
using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Extraction.MainText.Html;

/// <summary>
/// HTML → article paragraphs and metadata: guard the size of the tree, read metadata, remove what
/// is never text, pick the article container (a marked article body when the page has one that holds
/// the article, else the readability-style scorer's choice), collect its text blocks and filter them.
/// </summary>
internal sealed class HtmlArticleExtractor(ReadingOptions options)
{
    private readonly ContentScorer scorer = new(options);
    private readonly BlockFilter filter = new(options);

    /// <summary>Receives a line per decision when set (tests and diagnostics only).</summary>
    internal Action<string>? Trace { get; set; }

    private static string Describe(IElement e) => $"<{e.LocalName} class='{e.GetAttribute("class")}' id='{e.Id}'>";

    public (IReadOnlyList<string> Paragraphs, MetadataCandidates Metadata) Extract(LoadedDocument loaded)
    {
        RejectPathologicalMarkup(loaded.Text);
        var first = ExtractOnce(loaded, removeByName: true);
        if (first.Paragraphs.Sum(p => p.Length) >= options.MinArticleChars)
        {
            return first;
        }

        // As readability does: when cleaning by class names left too little, they misled us; read again without them.
        Trace?.Invoke("too little text: retrying without class-name furniture removal");
        var second = ExtractOnce(loaded, removeByName: false);
        return second.Paragraphs.Sum(p => p.Length) > first.Paragraphs.Sum(p => p.Length) ? second : first;
    }

    private (IReadOnlyList<string> Paragraphs, MetadataCandidates Metadata) ExtractOnce(LoadedDocument loaded, bool removeByName)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(loaded.Text);
        var body = document.Body;
        if (body is null)
        {
            return ([], new MetadataCandidates());
        }

        var depth = DomWalk.Depth(document.DocumentElement, options.MaxNestingDepth);
        if (depth > options.MaxNestingDepth)
        {
            throw TooDeep();
        }

        var meta = new MetadataCandidates();
        HtmlMetadataReader.Read(document, meta, loaded.SourceUrl, loaded.ContainerTitle);

        DomCleaner.RemoveNonText(body);
        DomCleaner.RemoveLabelledSections(body, options.MaxLabelWords);
        var stats = new TextStats(body, options.MinScoredBlockChars);
        var scope = ArticleOfTitle(body, stats, meta.BestTitle);
        var marked = FindMarkedBody(scope, stats);
        DomCleaner.RemoveFurniture(scope, stats, options.MaxBoilerplateShare, removeByName, marked is null ? new HashSet<IElement>() : new HashSet<IElement>(marked, ReferenceEqualityComparer.Instance));
        stats = new TextStats(scope, options.MinScoredBlockChars);

        IReadOnlyList<IElement> roots = marked ?? scorer.Select(scope, stats);
        Trace?.Invoke($"scope {Describe(scope)}; marked {(marked is null ? "none" : string.Join(", ", marked.Select(Describe)))}; roots {string.Join(", ", roots.Select(Describe))}");
        var blocks = BlockCollector.Collect(roots);
        var paragraphs = filter.Filter(blocks, meta.BestTitle, meta);

        if (paragraphs.Count > 0 && WireAgencies.MatchDatelinePrefix(paragraphs[0]) is { } dateline)
        {
            meta.AddAgency(dateline.Agency);
            meta.AddDatelineCity(dateline.City);
        }

        return (paragraphs, meta);
    }

    /// <summary>
    /// The elements a page marks as its article body (itemprop=articleBody, "article-body"...): the
    /// outermost ones with the most text, when they hold enough text to be the article.
    /// </summary>
    private List<IElement>? FindMarkedBody(IElement body, TextStats stats)
    {
        var marked = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element != body && ClassPatterns.IsMarkedBody(element))
            {
                marked.Add(element);
                continue;
            }

            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push(child);
            }
        }

        if (marked.Count == 0)
        {
            return null;
        }

        var best = marked.MaxBy(stats.ParagraphText)!;
        if (stats.ParagraphText(best) < options.MinMarkedBodyChars || stats.LinkDensity(best) > options.MaxContainerLinkDensity)
        {
            return null;
        }

        // Bodies split by ads or layout into several parts with the same name are read together.
        var name = best.GetAttribute("class");
        return marked
            .Where(m => m == best || (name is not null && string.Equals(m.GetAttribute("class"), name, StringComparison.Ordinal)))
            .ToList();
    }

    /// <summary>
    /// On a page holding several &lt;article&gt;s with text (a feed, "next story" appended below), the
    /// article the page's title belongs to: the one holding the heading that reads as the title.
    /// Otherwise the whole body.
    /// </summary>
    private IElement ArticleOfTitle(IElement body, TextStats stats, string? title)
    {
        var articles = DomWalk.Descendants(body)
            .Where(e => e.LocalName == "article" && stats.ParagraphText(e) >= options.MinMarkedBodyChars)
            .Where(e => e.ParentElement?.Closest("article") is null)
            .ToList();
        if (articles.Count < 2 || title is null)
        {
            return body;
        }

        var titleKey = TextTools.Key(title);
        var heading = DomWalk.Descendants(body)
            .FirstOrDefault(e => e.LocalName is "h1" or "h2" or "h3" && TextTools.Key(DomWalk.Text(e)) == titleKey);
        return heading is null ? body : articles.FirstOrDefault(a => a.Contains(heading)) ?? body;
    }

    private void RejectPathologicalMarkup(string html)
    {
        var scan = MarkupScanner.Scan(html, options.MaxHtmlElements, options.MaxNestingDepth);
        if (scan.StartTags > options.MaxHtmlElements)
        {
            throw new DocumentRejectedException(string.Create(
                CultureInfo.InvariantCulture,
                $"The page has more than {options.MaxHtmlElements:N0} HTML elements, far more than an article page: it is probably not a single article or it is damaged. Save only the article page and upload it again."));
        }

        if (scan.MaxDepth > options.MaxNestingDepth)
        {
            throw TooDeep();
        }
    }

    private DocumentRejectedException TooDeep() => new(string.Create(
        CultureInfo.InvariantCulture,
        $"The page nests its elements more than {options.MaxNestingDepth} levels deep, which no article page does: the file is probably damaged or machine-generated. Save the article again from the browser and upload the new file."));
}
