using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Extraction.MainText.PlainText;

/// <summary>
/// Finds the article in a plain-text copy of a page. The text is cut into blocks (a line, or a
/// blank-line group of hard-wrapped lines), then:
/// <list type="bullet">
/// <item>the title is the first block that is short and not a sentence, a stamp, a dateline or a wire credit; copies of it are dropped;</item>
/// <item>stamps ("First Published: ..."), date lines, datelines ("Reuters NEW DELHI"), credits ("(Reporting by ...)")
/// and syndication notes are dropped and read as metadata;</item>
/// <item>the header area is everything before the last stamp or dateline near the top. A header block is kept only
/// when it is a full sentence that the body does not repeat (a pull quote carries a sentence of the story that this
/// copy may show nowhere else); a standfirst that restates a body paragraph, or a deck with no full stop, is dropped;</item>
/// <item>a body block repeating an earlier kept block is dropped;</item>
/// <item>a short label line ("Hashtags", "Comments", "Related Articles") after the body ends the article: teasers,
/// comment boxes and site promotions that follow it are not read.</item>
/// </list>
/// </summary>
internal sealed partial class PlainTextExtractor(ReadingOptions options)
{
    private const int StampRankFirstPublished = 0;
    private const int StampRankPublished = 1;
    private const int StampRankDateLine = 2;
    private const int StampRankUpdated = 3;

    public (IReadOnlyList<string> Paragraphs, MetadataCandidates Metadata) Extract(string text)
    {
        var blocks = SplitBlocks(text);
        var meta = new MetadataCandidates();

        var titleIndex = TitleIndex(blocks);
        var title = titleIndex >= 0 ? blocks[titleIndex] : null;
        meta.AddTitle(title, "text:first line");
        var titleKey = title is null ? null : TextTools.Key(title);

        // The header ends at the last stamp or dateline line near the top. A date closing the copy (nothing but dates after
        // it) signs a notice off under its issuer ("Ministry of Natural Resources" / "20 November 2026"): it ends no header,
        // or a short notice would lose every block above it.
        var closing = blocks.Count;
        while (closing > 0 && (IsMarker(blocks[closing - 1]) || !blocks[closing - 1].Any(char.IsLetter)))
        {
            closing--;
        }

        var headerEnd = -1;
        for (var i = 0; i < Math.Min(closing, options.MaxHeaderBlocks); i++)
        {
            if (IsMarker(blocks[i]))
            {
                headerEnd = i;
            }
        }

        var tableRows = TableRows(blocks);
        var kinds = new BlockKind[blocks.Count];
        var bodyCount = 0;
        var inTeaserList = false;
        var end = blocks.Count;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            kinds[i] = tableRows.Contains(i) && i != titleIndex ? BlockKind.Body : Classify(block, i, titleIndex, titleKey, meta);
            var isLabel = kinds[i] is BlockKind.Body or BlockKind.Dropped && BoilerplateRules.IsEndLabel(block, options.MaxLabelWords);
            // A label ends the article even when it is also a furniture word ("Read more:" before a list of teasers).
            if ((isLabel || kinds[i] is BlockKind.Body or BlockKind.Dropped && BoilerplateRules.IsReleaseEndLabel(block, options.MaxReleaseLabelWords))
                && i > headerEnd && bodyCount >= options.MinBlocksBeforeEndLabel)
            {
                end = i;
                break;
            }

            // The same label before the story starts heads a list of teasers ("Most Read from Bloomberg" and two headlines
            // above the lead): the label and the headlines under it go, up to the first block that is a sentence.
            if (isLabel && i > titleIndex)
            {
                kinds[i] = BlockKind.Dropped;
                inTeaserList = true;
                continue;
            }

            if (inTeaserList && kinds[i] == BlockKind.Body)
            {
                inTeaserList = !TextTools.EndsSentence(block);
                kinds[i] = inTeaserList ? BlockKind.Dropped : kinds[i];
            }

            if (kinds[i] == BlockKind.Body && i > headerEnd)
            {
                bodyCount++;
            }
        }

        var bodyKeys = Enumerable.Range(0, end)
            .Where(i => i > headerEnd && kinds[i] == BlockKind.Body)
            .Select(i => TextTools.WordSet(blocks[i]))
            .ToList();

        var paragraphs = new List<string>();
        var kept = new List<HashSet<string>>();
        for (var i = 0; i < end; i++)
        {
            if (kinds[i] != BlockKind.Body)
            {
                continue;
            }

            var words = TextTools.WordSet(blocks[i]);
            if (i <= headerEnd)
            {
                var repeatsBody = bodyKeys.Any(b => TextTools.Overlap(words, b) >= options.DuplicateParagraphOverlap);
                if (!TextTools.EndsSentence(blocks[i]) || repeatsBody)
                {
                    continue;
                }
            }

            if (kept.Any(k => TextTools.Overlap(words, k) >= options.DuplicateParagraphOverlap && Math.Abs(k.Count - words.Count) <= words.Count / 2))
            {
                continue;
            }

            kept.Add(words);
            paragraphs.Add(blocks[i]);
        }

        foreach (var paragraph in paragraphs.Take(1))
        {
            if (WireAgencies.MatchDatelinePrefix(paragraph) is { } dateline)
            {
                meta.AddAgency(dateline.Agency);
                meta.AddDatelineCity(dateline.City);
            }

        meta.AddDatelineDate(paragraphs.Take(2).Select(WireAgencies.MatchDatelineDate).FirstOrDefault(d => d is not null));
        }

        // A news release's dateline may follow its subtitle.
        meta.AddDatelineCity(paragraphs.Take(2).Select(WireAgencies.MatchReleaseDatelineCity).FirstOrDefault(c => c is not null));

        return (paragraphs, meta);
    }

    private enum BlockKind
    {
        Body,
        Title,
        Metadata,
        Dropped,
    }

    private BlockKind Classify(string block, int index, int titleIndex, string? titleKey, MetadataCandidates meta)
    {
        if (index == titleIndex || (titleKey is not null && TextTools.Key(block) == titleKey))
        {
            // "Kestrel Capital - Rare Earths Sector Update, 20 November 2026": the date that closes the headline dates the note.
            if (index == titleIndex && HeadlineDate(block) is { } dated)
            {
                meta.AddPublished(dated.Value, "text:headline date", StampRankDateLine, dated.HasZone, dated.HasTime);
            }

            return BlockKind.Title;
        }

        if (BoilerplateRules.MatchStamp(block, options.MaxStampWords) is { } stamp)
        {
            meta.AddPublished(stamp.Stamp.Value, $"text:{stamp.Label}", Rank(stamp.Label), stamp.Stamp.HasZone, stamp.Stamp.HasTime);
            return BlockKind.Metadata;
        }

        if (WireAgencies.MatchDatelineLine(block) is { } dateline)
        {
            meta.AddAgency(dateline.Agency);
            meta.AddDatelineCity(dateline.City);
            return BlockKind.Metadata;
        }

        if (BoilerplateRules.IsCredit(block))
        {
            foreach (var reporter in BoilerplateRules.CreditedReporters(block))
            {
                meta.AddAuthor(reporter);
            }

            return BlockKind.Metadata;
        }

        if (WireAgencies.MatchCredit(block) is { } agency && TextTools.WordCount(block) <= options.MaxBylineWords)
        {
            meta.AddAgency(agency);
            return BlockKind.Metadata;
        }

        if (BoilerplateRules.IsSyndicationNote(block))
        {
            meta.AddOutlet(BoilerplateRules.SyndicatingOutlet(block));
            return BlockKind.Metadata;
        }

        if (BoilerplateRules.IsByline(block, options.MaxBylineWords))
        {
            AddByline(block, meta);
            return BlockKind.Dropped;
        }

        if (BoilerplateRules.IsFurniture(block) || BoilerplateRules.IsMenuLine(block) || BoilerplateRules.IsImageCredit(block, options.MaxBylineWords)
            || BoilerplateRules.IsTeaserLine(block, options.MaxTitleWords) || BoilerplateRules.IsNotice(block, options.MaxBylineWords))
        {
            return BlockKind.Dropped;
        }

        if (IsPageFurniture(block))
        {
            return BlockKind.Dropped;
        }

        // A line without a letter ("12", "3": counts of likes and comments beside a post) is never a paragraph.
        return block.Any(char.IsLetter) ? BlockKind.Body : BlockKind.Dropped;
    }

    /// <summary>
    /// What a PDF prints on every page: a page number ("Page 2 of 5") or a letterhead strip of name, address and web
    /// address between bars ("Example Corp. | 100 King Street West, Toronto | www.example.ca") that is not a sentence.
    /// </summary>
    private static bool IsPageFurniture(string block) =>
        PageNumber().IsMatch(block)
        || block.Contains('|', StringComparison.Ordinal) && WebAddress().IsMatch(block) && !TextTools.EndsSentence(block);

    [GeneratedRegex(@"^(?:page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*(?:of|/)\s*\d{1,4}|-\s*\d{1,4}\s*-)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"(?:\bwww\.|https?://)[\w.-]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|gov|edu|co|au|ca|uk)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WebAddress();

    private static void AddByline(string line, MetadataCandidates meta)
    {
        var byline = Bylines.Parse(line);
        foreach (var name in byline.Names)
        {
            meta.AddBylineAuthor(name);
        }

        meta.AddAgency(byline.Agency);
    }

    private static int Rank(string label) => label.ToUpperInvariant() switch
    {
        var l when l.StartsWith("FIRST", StringComparison.Ordinal) => StampRankFirstPublished,
        var l when l.StartsWith("PUBLISHED", StringComparison.Ordinal) || l.StartsWith("POSTED", StringComparison.Ordinal) || l.StartsWith("RELEASED", StringComparison.Ordinal) => StampRankPublished,
        var l when l.StartsWith("UPDATED", StringComparison.Ordinal) || l.StartsWith("LAST", StringComparison.Ordinal) || l.StartsWith("MODIFIED", StringComparison.Ordinal) => StampRankUpdated,
        _ => StampRankDateLine,
    };

    private bool IsMarker(string block) =>
        BoilerplateRules.MatchStamp(block, options.MaxStampWords) is not null || WireAgencies.MatchDatelineLine(block) is not null;

    private bool IsTitleLike(string block) =>
        TextTools.HasLetterOrDigit(block)
        && TextTools.WordCount(block) <= options.MaxTitleWords
        && !TextTools.EndsSentence(block)
        && (!IsMarker(block) || HeadlineDate(block) is not null)
        && WireAgencies.MatchDatelinePrefix(block) is null // "SYDNEY, Oct 23 (Reuters) - LYNAS SAYS ...": the story starts here
        && !BoilerplateRules.IsByline(block, options.MaxBylineWords)
        && !BoilerplateRules.IsCredit(block)
        && !BoilerplateRules.IsFurniture(block)
        && !BoilerplateRules.IsMenuLine(block);

    /// <summary>
    /// The headline: the first title-like block of the copy, unless site lines ("Skip to main content", menus, a one-word
    /// section name) stand between it and the first byline or stamp near the top: then the first title-like block after the
    /// last such site line. A deck under the headline is title-like too; it never becomes the title this way.
    /// </summary>
    private int TitleIndex(List<string> blocks)
    {
        var first = blocks.FindIndex(IsTitleLike);
        // A line of one or two words labels the document ("ASX ANNOUNCEMENT", "MEDIA RELEASE"): the headline is the next
        // title-like line of a headline's length, if one comes before the story starts.
        if (first >= 0 && TextTools.WordCount(blocks[first]) < MinHeadlineWords)
        {
            for (var i = first + 1; i < Math.Min(blocks.Count, options.MaxHeaderBlocks) && (IsMarker(blocks[i]) || !TextTools.EndsSentence(blocks[i])); i++)
            {
                if (IsTitleLike(blocks[i]) && TextTools.WordCount(blocks[i]) >= MinHeadlineWords)
                {
                    first = i;
                    break;
                }
            }
        }

        var marker = blocks.FindIndex(0, Math.Min(blocks.Count, options.MaxHeaderBlocks), b => IsMarker(b) || BoilerplateRules.IsByline(b, options.MaxBylineWords));
        if (first < 0 || marker <= first + 1)
        {
            return first;
        }

        // The last site line with a headline-length title-like line after it: an author's bare name ("Jane Analyst") just
        // above the stamp is short too, but no headline follows it; nor does a source named twice ("Reuters" / "Reuters").
        for (var i = marker - 1; i > first; i--)
        {
            if (IsSiteLine(blocks[i]) && blocks.FindIndex(i + 1, marker - i - 1, b => IsTitleLike(b) && TextTools.WordCount(b) >= MinHeadlineWords) is var after and >= 0)
            {
                return after;
            }
        }

        return first;
    }

    /// <summary>
    /// The date that closes a headline ("Kestrel Capital - Rare Earths Sector Update, 20 November 2026", "Example Rare Earths
    /// quarterly report – 24 October 2026"): a bare date line to <see cref="BoilerplateRules.MatchStamp"/>, but with a headline's worth
    /// of words before the date (weekday names not counted), where a stamp has at most a site name ("Mining Weekly | 20
    /// November 2026").
    /// </summary>
    private DateStamps.Stamp? HeadlineDate(string block) =>
        BoilerplateRules.MatchStamp(block, options.MaxStampWords) is { IsBareDate: true } line
        && HeadlineWords().Matches(block[..line.Stamp.Index]).Count(w => !IsWeekday(w.Value)) >= MinDatedHeadlineWords
            ? line.Stamp
            : null;

    private static bool IsWeekday(string word) =>
        CultureInfo.InvariantCulture.DateTimeFormat.DayNames.Concat(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedDayNames)
            .Contains(word, StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'’.&-]*", RegexOptions.CultureInvariant)]
    private static partial Regex HeadlineWords();

    /// <summary>Words a headline needs before a closing date; fewer make a site name or a label in front of a stamp.</summary>
    private const int MinDatedHeadlineWords = 4;

    /// <summary>A line of the site around the story: furniture, a menu, or a name too short for a headline ("MINING", "Search").</summary>
    private static bool IsSiteLine(string block) =>
        BoilerplateRules.IsFurniture(block) || BoilerplateRules.IsMenuLine(block) || TextTools.WordCount(block) < MinHeadlineWords;

    /// <summary>Fewer words than this make a section name, not a headline.</summary>
    private const int MinHeadlineWords = 3;

    /// <summary>
    /// Lines become blocks. A blank-line group whose lines are hard-wrapped (none but the last ends
    /// a sentence, and the group reads as one paragraph) is joined into one block.
    /// </summary>
    private static List<string> SplitBlocks(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(line => TextTools.NormalizeSpace(TabsAsCells(line)))
            .ToList();
        var words = new HashSet<string>(StandaloneWord().Matches(text).Select(m => m.Value), StringComparer.OrdinalIgnoreCase);
        var blocks = new List<string>();
        var group = new List<string>();
        foreach (var line in lines.Append(string.Empty))
        {
            if (line.Length > 0)
            {
                group.Add(line);
                continue;
            }

            if (group.Count > 0)
            {
                blocks.AddRange(IsHardWrapped(group) ? [JoinWrapped(group, words)] : JoinContinuations(group, words));
                group.Clear();
            }
        }

        return blocks;
    }

    /// <summary>
    /// A line that goes on with the sentence of the line above it ("is pleased" / "to report on its activities"): the line
    /// above ends without a full stop or colon, and this one starts with a small letter, or with a figure after a word that
    /// needs one ("from" / "2028."). A PDF copied as text breaks every paragraph this way, two lines or more.
    /// </summary>
    private static List<string> JoinContinuations(List<string> group, HashSet<string> words)
    {
        var joined = new List<List<string>>();
        foreach (var line in group)
        {
            if (joined.Count > 0 && Continues(joined[^1][^1], line))
            {
                joined[^1].Add(line);
            }
            else
            {
                joined.Add([line]);
            }
        }

        return joined.Select(lines => JoinWrapped(lines, words)).ToList();
    }

    private static bool Continues(string above, string line)
    {
        if (TextTools.EndsSentence(above) || above.EndsWith(':') || line.Length == 0
            || (above.Contains('|', StringComparison.Ordinal) && line.Contains('|', StringComparison.Ordinal))) // two rows of a table
        {
            return false;
        }

        var last = above[^1];
        return char.IsLower(line[0]) && (char.IsLetterOrDigit(last) || last is ',' or '-' or ';' or '(' or '“' or '‘')
            || char.IsDigit(line[0]) && EndsWithLinkWord().IsMatch(above);
    }

    /// <summary>A line ending in a word that needs its figure ("from" / "2028."); "Listen to this article" / "3 min read" is two lines.</summary>
    [GeneratedRegex(@"\b(?:of|to|from|for|in|on|at|by|about|than|and|or|the|a|an|some|around|nearly|almost|over|under|between|until|since|with|per|were|was|is|are)$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsWithLinkWord();

    /// <summary>
    /// Wrapped lines become one: a word split at the line end ("separa-" / "tion") is mended, but a compound whose two
    /// halves are words of the text elsewhere ("long-" / "term" where "long" and "term" stand alone) keeps its hyphen.
    /// </summary>
    private static string JoinWrapped(List<string> lines, HashSet<string> words)
    {
        var sb = new StringBuilder(lines[0]);
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var head = SplitWordHead().Match(lines[i - 1]); // the end of the text so far is the end of the line above
            var tail = SplitWordTail().Match(line);
            if (head.Success && tail.Success)
            {
                sb.Length -= words.Contains(head.Groups["part"].Value) && words.Contains(tail.Value) ? 0 : 1;
                sb.Append(line);
            }
            else
            {
                sb.Append(' ').Append(line);
            }
        }

        return sb.ToString();
    }

    /// <summary>A word of letters alone, not a piece of a hyphenated or split word.</summary>
    [GeneratedRegex(@"(?<![\p{L}-])\p{L}+(?![\p{L}-])", RegexOptions.CultureInvariant)]
    private static partial Regex StandaloneWord();

    /// <summary>The line ends in the first part of a word and a hyphen ("separa-").</summary>
    [GeneratedRegex(@"(?<![\p{L}-])(?<part>\p{L}+)-$", RegexOptions.CultureInvariant)]
    private static partial Regex SplitWordHead();

    /// <summary>The line starts with the rest of the word in small letters ("tion").</summary>
    [GeneratedRegex(@"^\p{Ll}+(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex SplitWordTail();

    /// <summary>
    /// A row of a table copied from a page or a spreadsheet keeps its cells apart: tabs between cells ("New\t0\t1,100\t4,440")
    /// become " | ", as in a table copied with bars, so that normalising the white space does not run the cells together.
    /// </summary>
    private static string TabsAsCells(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Contains('\t', StringComparison.Ordinal) ? CellTabs().Replace(trimmed, " | ") : line;
    }

    [GeneratedRegex(@"[ ]*\t[\t ]*", RegexOptions.CultureInvariant)]
    private static partial Regex CellTabs();

    /// <summary>
    /// The blocks that are rows of a table copied as text: two or more lines in a row split into cells by bars, one of them
    /// with a figure in a cell ("JL Mag | 29,800 (a) | 38,000"). Its header ("Company | 2025 | 2026E", "Category | Ore (Mt) |
    /// Grade (% TREO)") would pass for a menu, and a row with footnote marks for a teaser; both stay in the story.
    /// </summary>
    private static HashSet<int> TableRows(List<string> blocks)
    {
        var rows = new HashSet<int>();
        var start = 0;
        for (var i = 0; i <= blocks.Count; i++)
        {
            if (i < blocks.Count && blocks[i].Contains('|', StringComparison.Ordinal) && !WebAddressOrPageCount(blocks[i]))
            {
                continue;
            }

            if (i - start >= MinTableRows && blocks.Skip(start).Take(i - start).Any(HasFigureCell))
            {
                rows.UnionWith(Enumerable.Range(start, i - start));
            }

            start = i + 1;
        }

        return rows;
    }

    private const int MinTableRows = 2;

    private static bool WebAddressOrPageCount(string block) => WebAddress().IsMatch(block) || PageNumber().IsMatch(block);

    private static bool HasFigureCell(string block) =>
        block.Split('|').Skip(1).Any(cell => FigureCell().IsMatch(cell.Trim()));

    /// <summary>"29,800", "13,500 (b)", "150 (1)", "52,000e", "9,000-10,000", "~1,200 t": a cell holding an amount.</summary>
    [GeneratedRegex(@"^[<>~≈]?\s*\d[\d,.]*(?:\s*[-–]\s*\d[\d,.]*)?e?\s*(?:\((?:[a-z]|\d{1,2})\)|\*+)?\s*(?:t|kt|Mt|tonnes?|tons?|kg|tpa|t/y|%)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FigureCell();

    /// <summary>A line of several words with no small letter: a wire flash or a heading set in capitals.</summary>
    private static bool IsCapitalsLine(string line) => TextTools.WordCount(line) >= MinHeadlineWords && line.Any(char.IsLetter) && !line.Any(char.IsLower);

    private static bool IsHardWrapped(List<string> group)
    {
        const int MinWrappedLines = 3;
        const int MinTableSeparators = 2;
        const double MinWrappedShare = 0.75;
        // Rows of a table copied as text ("NdPr production | 1,300 | 1,200 | +8%") stay one line each.
        if (group.Count < MinWrappedLines || group.Any(l => l.Count(c => c == '|') >= MinTableSeparators)
            || group.Count(l => l.Contains('|', StringComparison.Ordinal)) >= 2)
        {
            return false;
        }

        // Wire flashes ("LYNAS SAYS Q1 NDPR OUTPUT 2,214 T" / "LYNAS SAYS ...") are one item a line; prose is not wrapped in capitals.
        const int MinFlashLines = 2;
        if (group.Count(IsCapitalsLine) >= MinFlashLines)
        {
            return false;
        }

        var inner = group.Take(group.Count - 1).ToList();
        var continuing = inner.Count(l => !TextTools.EndsSentence(l) && !l.EndsWith(':'));
        var lengths = inner.Select(l => l.Length).ToList();
        var spread = lengths.Max() - lengths.Min();
        return continuing >= inner.Count * MinWrappedShare && spread <= lengths.Max() / 2;
    }
}
