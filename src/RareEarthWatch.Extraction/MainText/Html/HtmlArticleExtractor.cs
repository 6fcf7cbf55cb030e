using System.Globalization;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using RareEarthWatch.Extraction.Documents;
using RareEarthWatch.Extraction.MainText.Provenance;
using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Extraction.MainText.Html;

/// <summary>
/// HTML → article paragraphs and metadata: guard the size of the tree, read metadata, remove what
/// is never text, pick the article container (a marked article body when the page has one that holds
/// the article, else the readability-style scorer's choice), collect its text blocks and filter them.
/// </summary>
internal sealed class HtmlArticleExtractor(ReadingOptions options)
{
    /// <summary>
    /// A browsing context with no services: the parser then builds the tree without the default
    /// attribute observers (which resolve every link's URL) that reading text never needs.
    /// </summary>
    private static readonly IConfiguration LeanConfiguration = new Configuration();

    private readonly ContentScorer scorer = new(options);
    private readonly BlockFilter filter = new(options);

    /// <summary>Receives a line per decision when set (tests and diagnostics only).</summary>
    internal Action<string>? Trace { get; set; }

    private static string Describe(IElement e) => $"<{e.LocalName} class='{e.GetAttribute("class")}' id='{e.Id}'>";

    /// <summary>The article's paragraphs, each with the position in <see cref="LoadedDocument.Content"/> its element starts at, and the metadata found.</summary>
    public (IReadOnlyList<SourcedParagraph> Paragraphs, MetadataCandidates Metadata) Extract(LoadedDocument loaded)
    {
        using var markup = RejectPathologicalMarkup(loaded.Content.Chars);
        var first = ExtractOnce(loaded, markup, removeByName: true);
        if (first.Paragraphs.Sum(p => p.Text.Length) >= options.MinArticleChars)
        {
            return first;
        }

        // As readability does: when cleaning by class names left too little, they misled us; read again without them.
        Trace?.Invoke("too little text: retrying without class-name furniture removal");
        var second = ExtractOnce(loaded, markup, removeByName: false);
        return second.Paragraphs.Sum(p => p.Text.Length) > first.Paragraphs.Sum(p => p.Text.Length) ? second : first;
    }

    private (IReadOnlyList<SourcedParagraph> Paragraphs, MetadataCandidates Metadata) ExtractOnce(LoadedDocument loaded, MarkupScanner.Result markup, bool removeByName)
    {
        // Where each element starts and its creation ordinal, on the element (not the parser's own source
        // references, which copy every tag's name and attributes into a token object kept on the element).
        var created = 0;
        var parser = new HtmlParser(
            new HtmlParserOptions
            {
                OnCreated = (element, at) =>
                {
                    if (element is Element constructed)
                    {
                        constructed.SourceReference = new ElementOrigin(created++, at);
                    }
                },
                DisableElementPositionTracking = true,
            },
            BrowsingContext.New(LeanConfiguration));
        using var document = parser.ParseDocument(markup.Markup);
        var body = document.Body;
        if (body is null)
        {
            return ([], new MetadataCandidates());
        }

        // One walk: the depth guard, what the metadata reader and the cleaner look for.
        var survey = PageSurvey.Take(document, options.MaxNestingDepth);
        if (survey.Depth > options.MaxNestingDepth)
        {
            throw TooDeep();
        }

        if (JsonLdPageKind.DeclaresListing(survey.JsonLdScripts.Select(s => s.TextContent).ToList()))
        {
            // Its text is several stories' teasers: read as one article, one story's figure would take another's company.
            throw new DocumentRejectedException(
                "This page lists several stories (a section, topic or search page), not one article: open the story you want, save that page and upload it.");
        }

        var meta = new MetadataCandidates();
        HtmlMetadataReader.Read(document, survey, meta, loaded.SourceUrl, loaded.ContainerTitle);

        DomCleaner.RemoveNonText(survey);
        DomCleaner.RemoveLabelledSections(body, survey.Headings, options.MaxLabelWords);
        IElement scope;
        IReadOnlyList<IElement>? marked;
        using (var bodyStats = new TextStats(body, options.MinScoredBlockChars, survey: true, elements: created))
        {
            scope = ArticleOfTitle(body, bodyStats, meta.BestTitle);
            marked = ChooseMarkedBody(scope == body ? bodyStats.MarkedBodies : FindMarkedBodies(scope), bodyStats);
            DomCleaner.RemoveFurniture(scope, bodyStats, options.MaxBoilerplateShare, removeByName, marked ?? []);
        }

        using var stats = new TextStats(scope, options.MinScoredBlockChars, elements: created);
        IReadOnlyList<IElement> roots = marked ?? scorer.Select(scope, stats);
        Trace?.Invoke($"scope {Describe(scope)}; marked {(marked is null ? "none" : string.Join(", ", marked.Select(Describe)))}; roots {string.Join(", ", roots.Select(Describe))}");
        var blocks = BlockCollector.Collect(roots);
        var kept = filter.Filter(blocks, meta.BestTitle, meta);

        if (kept.Count > 0 && WireAgencies.MatchDatelinePrefix(kept[0].Text) is { } dateline)
        {
            meta.AddAgency(dateline.Agency);
            meta.AddDatelineCity(dateline.City);
        }

        meta.AddDatelineDate(kept.Take(2).Select(b => WireAgencies.MatchDatelineDate(b.Text)).FirstOrDefault(d => d is not null));

        // A news release's dateline may follow its subtitle.
        meta.AddDatelineCity(kept.Take(2).Select(b => WireAgencies.MatchReleaseDatelineCity(b.Text)).FirstOrDefault(c => c is not null));

        return (kept.Select(b => new SourcedParagraph(b.Text, StartOf(b.Owner, markup.Offsets))).ToList(), meta);
    }

    /// <summary>Where an element starts in the page as decoded (before never-text parts were cut out); 0 when unknown.</summary>
    private static int StartOf(IElement element, SourceOffsets offsets) =>
        element.SourceReference is ElementOrigin origin ? offsets.ToSource(Math.Max(0, origin.Position.Position - 1)) : 0;

    /// <summary>The outermost elements under <paramref name="scope"/> named as the article body, in document order.</summary>
    private static List<IElement> FindMarkedBodies(IElement scope)
    {
        var marked = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(scope);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element != scope && ClassPatterns.IsMarkedBody(element))
            {
                marked.Add(element);
                continue;
            }

            // Children by index: AngleSharp finds a sibling by searching its parent's child list.
            var childNodes15 = element.ChildNodes;
            for (var c15 = childNodes15.Length - 1; c15 >= 0; c15--)
            {
                if (childNodes15[c15] is not IElement child)
                {
                    continue;
                }

                stack.Push(child);
            }
        }

        return marked;
    }

    /// <summary>
    /// Of the elements a page marks as its article body (itemprop=articleBody, "article-body"...): the
    /// outermost ones with the most text, when they hold enough text to be the article.
    /// </summary>
    private List<IElement>? ChooseMarkedBody(List<IElement> marked, TextStats stats)
    {
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
        var articles = stats.Articles.Where(e => stats.ParagraphText(e) >= options.MinMarkedBodyChars).ToList();
        if (articles.Count < 2 || title is null)
        {
            return body;
        }

        var titleKey = TextTools.Key(title);
        var heading = stats.TitleHeadings.FirstOrDefault(e => TextTools.HasKey(DomWalk.Text(e), titleKey));
        return heading is null ? body : articles.FirstOrDefault(a => a.Contains(heading)) ?? body;
    }

    private MarkupScanner.Result RejectPathologicalMarkup(ReadOnlyMemory<char> html)
    {
        var scan = MarkupScanner.Scan(html, options.MaxHtmlElements, options.MaxNestingDepth);
        if (scan.StartTags > options.MaxHtmlElements || scan.MaxDepth > options.MaxNestingDepth)
        {
            scan.Dispose();
        }

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

        return scan;
    }

    private DocumentRejectedException TooDeep() => new(string.Create(
        CultureInfo.InvariantCulture,
        $"The page nests its elements more than {options.MaxNestingDepth} levels deep, which no article page does: the file is probably damaged or machine-generated. Save the article again from the browser and upload the new file."));
}
