using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Extraction.MainText.Html;

/// <summary>
/// Keeps the article's own blocks among those of the chosen container: drops the h1 and any copy of
/// the title, bylines, stamps, image credits, credits and syndication notes, link lists, page
/// furniture words (repeated blocks stay: a pull quote repeats a sentence of the story), and stops at a label that opens a non-article section
/// ("Related stories", "Comments") once the article has begun.
/// </summary>
internal sealed class BlockFilter(ReadingOptions options)
{
    public List<TextBlock> Filter(IReadOnlyList<TextBlock> blocks, string? title, MetadataCandidates meta)
    {
        var titleKey = title is null ? null : TextTools.Key(title);
        var kept = new List<TextBlock>();
        foreach (var block in blocks)
        {
            var text = block.Text;
            if (!TextTools.HasLetterOrDigit(text))
            {
                continue;
            }

            if (block.Tag == "h1" || (titleKey is { Length: > 0 } && TextTools.HasKey(text, titleKey)))
            {
                continue;
            }

            if (kept.Count >= options.MinBlocksBeforeEndLabel && IsEndLabel(block))
            {
                break;
            }

            if (IsNotArticle(block, meta))
            {
                continue;
            }

            kept.Add(block);
        }

        return kept;
    }

    private bool IsEndLabel(TextBlock block) =>
        !block.InQuote && (BoilerplateRules.IsEndLabel(block.Text, options.MaxLabelWords) || BoilerplateRules.IsReleaseEndLabel(block.Text, options.MaxReleaseLabelWords));

    private bool IsNotArticle(TextBlock block, MetadataCandidates meta)
    {
        var text = block.Text;
        // Link lists and teasers: mostly link text, and little said outside the links. A link that shows
        // its own address is different: the author cited the address, and it reads as text of the article.
        if (block.LinkDensity > options.MaxBlockLinkDensity && text.Length - block.LinkChars < options.MinScoredBlockChars
            && !BoilerplateRules.IsCitedAddress(text))
        {
            return true;
        }

        if (BoilerplateRules.IsByline(text, options.MaxBylineWords))
        {
            var byline = Bylines.Parse(text);
            foreach (var name in byline.Names)
            {
                meta.AddBylineAuthor(name);
            }

            meta.AddAgency(byline.Agency);
            return true;
        }

        if (BoilerplateRules.IsFurniture(text) || BoilerplateRules.IsImageCredit(text, options.MaxBylineWords)
            || BoilerplateRules.IsTeaserLine(text, options.MaxTitleWords) || BoilerplateRules.IsNotice(text, options.MaxBylineWords))
        {
            return true;
        }

        // A date line inside a quotation (an embedded post's "— Name (@handle) October 9, 2018") belongs to the quote, not to the page.
        if (!block.InQuote && BoilerplateRules.MatchStamp(text, options.MaxStampWords) is { } stamp)
        {
            var updated = stamp.Label.Contains("updat", StringComparison.OrdinalIgnoreCase) || stamp.Label.Contains("modif", StringComparison.OrdinalIgnoreCase);
            meta.AddPublished(
                stamp.Stamp.Value,
                $"text:{stamp.Label}",
                updated ? HtmlMetadataReader.RankVisibleUpdated : HtmlMetadataReader.RankVisibleStamp,
                stamp.Stamp.HasZone,
                stamp.Stamp.HasTime);
            return true;
        }

        if (BoilerplateRules.IsSignOff(text))
        {
            meta.AddAgency(WireAgencies.MatchCredit(text));
            return true;
        }

        if (BoilerplateRules.IsCredit(text))
        {
            foreach (var reporter in BoilerplateRules.CreditedReporters(text))
            {
                meta.AddAuthor(reporter);
            }

            return true;
        }

        if (BoilerplateRules.IsSyndicationNote(text))
        {
            meta.AddOutlet(BoilerplateRules.SyndicatingOutlet(text));
            return true;
        }

        return false;
    }
}
