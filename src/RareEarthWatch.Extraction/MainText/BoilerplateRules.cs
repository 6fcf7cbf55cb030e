using System.Text.RegularExpressions;
using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Extraction.MainText;

/// <summary>
/// General rules that recognise lines around an article that are not the article: stamps
/// ("First Published: ..."), credits ("(Reporting by ...)"), syndication notes, section labels
/// that end the article ("Comments", "Related Articles", "Hashtags"), bylines and bare
/// boilerplate ("Advertisement"). None names a site.
/// </summary>
internal static partial class BoilerplateRules
{
    /// <summary>What a stamp line says about the date, as "First Published" or "Last Updated".</summary>
    public sealed record StampLine(string Label, DateStamps.Stamp Stamp)
    {
        /// <summary>A date with no label before it ("20 November 2026", "Thursday, Nov 20, 2025 | 10:42").</summary>
        public bool IsBareDate => Label == BareDateLabel;
    }

    private const string BareDateLabel = "date line";

    /// <summary>A short line that labels what follows as not-the-article: the article ends before it.</summary>
    public static bool IsEndLabel(string line, int maxWords)
    {
        var label = line.AsSpan().Trim().TrimEnd(":.…");
        if (label.Length > 0 && TextTools.HasAtMostWords(label, maxWords) && EndLabel().IsMatch(label))
        {
            return true;
        }

        // "Most Read from Bloomberg Businessweek": a list label naming its source.
        if (TextTools.HasAtMostWords(label, maxWords + MaxLabelSourceWords) && SourcedListLabel().IsMatch(label))
        {
            return true;
        }

        // "Topics: rare earths, China, dysprosium", "Tags: ...": a label with its list on the same line.
        var colon = label.IndexOf(':');
        return colon > 0 && ListLabel().IsMatch(label[..colon].Trim());
    }

    /// <summary>
    /// Words of the site a "most read" label may name after "from"/"on" ("Most Read from Bloomberg Businessweek"). Not for
    /// "More in ...": a five-word "More in Trump Impeachment Inquiry" box sits inside articles.
    /// </summary>
    private const int MaxLabelSourceWords = 3;

    /// <summary>
    /// "Related: China tightens export rules", "READ MORE: Lynas posts record output": a teaser for another story, its label
    /// and its headline on one line. The line goes; the article goes on after it (wire copies put these mid-story).
    /// </summary>
    public static bool IsTeaserLine(string line, int maxTitleWords)
    {
        line = line.Trim();
        var colon = line.IndexOf(':');
        if (colon <= 0 || !TeaserLabel().IsMatch(line[..colon].Trim()))
        {
            return false;
        }

        var headline = line[(colon + 1)..];
        return TextTools.HasLetterOrDigit(headline) && TextTools.HasAtMostWords(headline, maxTitleWords);
    }

    /// <summary>
    /// "© 2025 Example Media. All rights reserved.", "Copyright 2025 Reuters": a copyright notice; "This announcement has been
    /// authorised for release by the Board": a listed company's release note.
    /// </summary>
    public static bool IsNotice(string line, int maxWords) =>
        TextTools.HasAtMostWords(line, maxWords) && Copyright().IsMatch(line.AsSpan().Trim())
        || TextTools.HasAtMostWords(line, maxWords * 2) && ReleaseAuthorisation().IsMatch(line.AsSpan().Trim());

    /// <summary>
    /// A heading that opens a news release's closing boilerplate: "About Energy Fuels", "Cautionary Note Regarding
    /// Forward-Looking Statements", "Safe Harbor Statement", "Media Contact", "Investor Inquiries". What follows is the
    /// company's standing description, legal notice and contacts, not the news.
    /// </summary>
    public static bool IsReleaseEndLabel(string line, int maxWords)
    {
        var label = line.AsSpan().Trim().TrimEnd(":.");
        return label.Length > 0 && TextTools.HasAtMostWords(label, maxWords) && (ReleaseEndLabel().IsMatch(label) || AboutName().IsMatch(label));
    }

    [GeneratedRegex(
        @"^(?:(?:(?:cautionary|special)\s+(?:note|statement|notice)s?\s+(?:regarding|concerning|about|on|relating\s+to|with\s+respect\s+to)\s+)?forward[-\s]looking\s+(?:statements?|information)(?:\s+and\s+[\w-]+(?:\s+[\w-]+)?)?"
        + @"|safe\s+harbou?r(?:\s+statement)?|(?:media|investors?|press|analysts?)\s+(?:and\s+(?:media|investors?|press|analysts?)\s+)?(?:relations\s+)?(?:contacts?|enquiries|inquiries)"
        + @"|(?:investor|media)\s+relations|contacts?(?:\s+information)?|cautionary\s+(?:note|statements?)|competent\s+persons?['’]?s?['’]?\s+statements?|qualified\s+persons?(?:['’]?s?['’]?\s+statements?)?|important\s+notice|disclaimers?"
        + @"|for\s+(?:further|more)\s+information(?:,?\s+(?:please\s+)?contact)?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReleaseEndLabel();

    /// <summary>"About Energy Fuels", "About the Company": "About" and a capitalised name, nothing else.</summary>
    [GeneratedRegex(@"^(?:About|ABOUT)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}&.,'’()-]*(?:\s+[\p{L}\p{N}&.,'’()-]+){0,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex AboutName();

    /// <summary>A stamp with its label ("Last Updated : Aug 14 2025 | 8:41 PM IST") or a short line that is only a date.</summary>
    public static StampLine? MatchStamp(string line, int maxWords)
    {
        if (!TextTools.HasAtMostWords(line, maxWords) || DateStamps.Find(line) is not { } stamp)
        {
            return null;
        }

        var label = StampLabel().Match(line);
        if (label.Success)
        {
            return new StampLine(NormalizeLabel(label.Groups["label"].Value), stamp);
        }

        // A bare date line: little besides the date (weekday, separators, a word such as "date"). A date that ends a period
        // or follows a preposition ("Quarterly Activities Report for the period ending 30 September 2026", "Outlook to
        // March 2027") is what the line is about, not when it was published.
        var rest = line.Remove(stamp.Index, stamp.Length);
        return TextTools.EndsSentence(line) || TextTools.WordCount(Weekday().Replace(rest, " ")) > maxWords / 2
               || DateObject().IsMatch(line.AsSpan(0, stamp.Index))
            ? null
            : new StampLine(BareDateLabel, stamp);
    }

    /// <summary>"(Reporting by ...; Editing by ...)", "Writing by ...", "(With files from Reuters)": the wire credits.</summary>
    public static bool IsCredit(string line) => Credit().IsMatch(line.AsSpan().Trim());

    /// <summary>"— Reuters", "― The Yomiuri Shimbun": a dash and a source's name alone on the line that closes a story.</summary>
    public static bool IsSignOff(string line) => SignOff().IsMatch(line.AsSpan().Trim());

    [GeneratedRegex(@"^[-–—―]\s*(?:The\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}.&'’-]*){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();

    /// <summary>The reporters named by a credit line (not the editors).</summary>
    public static IReadOnlyList<string> CreditedReporters(string line)
    {
        var names = new List<string>();
        foreach (Match m in ReporterCredit().Matches(line))
        {
            foreach (var raw in NameSeparator().Split(m.Groups["names"].Value))
            {
                var name = PlaceSuffix().Replace(raw, string.Empty).Trim(' ', ')', '(', '.', ';');
                if (name.Length > 0 && !names.Contains(name, StringComparer.Ordinal))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    /// <summary>"(Only the headline ... reworked by the X staff; the rest ... syndicated feed.)": a republisher's note.</summary>
    public static bool IsSyndicationNote(string line) => SyndicationNote().IsMatch(line);

    /// <summary>The outlet a syndication note names ("reworked by the X staff"), or null.</summary>
    public static string? SyndicatingOutlet(string line)
    {
        var m = ReworkedBy().Match(line);
        return m.Success ? m.Groups["outlet"].Value.Trim() : null;
    }

    /// <summary>"By Jane Doe", "By Jane Doe and John Roe | Reuters": a byline.</summary>
    public static bool IsByline(string line, int maxWords) =>
        TextTools.HasAtMostWords(line, maxWords) && !TextTools.EndsSentence(line) && Byline().IsMatch(line.AsSpan().Trim());

    /// <summary>A line that is nothing but a web address ("http://example.org/x", "www.example.org"): cited, not navigation.</summary>
    public static bool IsCitedAddress(string line) => CitedAddress().IsMatch(line.AsSpan().Trim());

    /// <summary>A line that is nothing but a page furniture word ("Advertisement", "Share", "Read more").</summary>
    public static bool IsFurniture(string line) => Furniture().IsMatch(line.AsSpan().Trim()) || Shortcode().IsMatch(line.AsSpan().Trim());

    /// <summary>
    /// A line of site furniture copied with the page: menu items between separators ("Home | Markets | Mining",
    /// "Reply · Like"), or only words of sharing, signing in and site policy ("Share Tweet Email Print", "Subscribe Sign in").
    /// </summary>
    public static bool IsMenuLine(string line)
    {
        line = line.Trim();
        if (line.Length == 0 || TextTools.EndsSentence(line))
        {
            return false;
        }

        var items = MenuSeparator().Split(line).Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        // "NdPr production | 1,300 | 1,200 | +8%": a row of a table copied as text holds figures; a menu holds words.
        if (items.Count(IsFigure) >= 2)
        {
            return false;
        }

        if (items.Count >= MinMenuItems && items.All(i => TextTools.WordCount(i) <= MaxMenuItemWords))
        {
            return true;
        }

        // A release's listing line: "TSX: RRM", "ASX: HMR | OTCQX: HMRLF", "NEWS RELEASE TSX: RRM OTCQX: RRMLF".
        if (TickerLine().IsMatch(line))
        {
            return true;
        }

        // A breadcrumb: "Home » Rare Earths", "News › Mining › Asia".
        var crumbs = line.Split(['»', '›'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (crumbs.Length >= 2 && line.IndexOfAny(['»', '›']) > 0 && crumbs.All(c => TextTools.WordCount(c) <= MaxMenuItemWords))
        {
            return true;
        }

        var words = line.Split([' ', '|', '·', '•', '/'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(w => SiteWords.Contains(w.Trim(',', ':').ToLowerInvariant()));
    }

    private static bool IsFigure(string item) =>
        (item.Any(char.IsAsciiDigit) && item.All(c => char.IsAsciiDigit(c) || c is ',' or '.' or '%' or '+' or '-' or '−' or '–' or '(' or ')' or ' ' or '$'))
        || TableCell().IsMatch(item);

    /// <summary>A table cell copied as text that is an amount with its unit ("1,020 t", "12.4 kt", "980 tonnes") or a column's
    /// window ("Q3 2026", "H1 2025", "FY26", "Sept 2026").</summary>
    [GeneratedRegex(@"^(?:[<>~≈]?\s*\d[\d,.]*\s*(?:t|kt|Mt|mt|tonnes?|tons?|kg|tpa|t/y|ktpa|%)|(?:Q[1-4]|H[12]|[12]H|FY)\s?'?\d{2,4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex TableCell();

    private const int MinMenuItems = 3;
    private const int MaxMenuItemWords = 3;

    private static readonly HashSet<string> SiteWords = new(StringComparer.Ordinal)
    {
        "share", "tweet", "email", "e-mail", "print", "facebook", "twitter", "x", "linkedin", "whatsapp", "reddit", "telegram",
        "copy", "link", "save", "bookmark", "comment", "comments", "reply", "like", "follow", "subscribe", "sign", "in", "up",
        "out", "log", "login", "register", "search", "menu", "home", "privacy", "policy", "terms", "cookie", "cookies",
        "settings", "contact", "us", "newsletter", "newsletters", "account", "my", "and", "of", "use", "conditions",
        "this", "article", "story", "on", "via", "dashboard", "about", "advertise", "help", "sitemap", "accessibility", "feedback", "rss",
    };

    [GeneratedRegex(@"\s*[|·•]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex MenuSeparator();

    [GeneratedRegex(@"^(?:\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}\s+)?(?:(?:ASX|TSX|TSXV|TSX-V|NYSE|NYSE\s+American|Nasdaq|NASDAQ|OTCQX|OTCQB|OTC|LSE|AIM|CSE|JSE|HKEX|SGX|FWB|FSE|ISIN)\s*:\s*[A-Z0-9.]{1,12}\s*[|,;·•]?\s*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex TickerLine();

    /// <summary>"Photo: ...", "(Image credit: ...)", "Getty Images": an image caption or credit.</summary>
    public static bool IsImageCredit(string line, int maxWords) =>
        TextTools.HasAtMostWords(line, maxWords) && ImageCredit().IsMatch(line.AsSpan().Trim());

    private static string NormalizeLabel(string label) =>
        Regex.Replace(label.Trim(), @"\s+", " ", RegexOptions.CultureInvariant);

    [GeneratedRegex(
        @"^(?:#?hash\s?tags?|tags?|topics?|filed under|(?:\d+\s+)?comments?|no comments(?: yet)?|(?:show|view|load) comments|leave a (?:comment|reply)|join the (?:conversation|discussion)|discussion|related(?: articles?| stories| news| posts?| content| reading| coverage| links| topics| videos?)?|read (?:more|next|also)|also read|more (?:from|on|stories|news|in|like this)\b.*|more\b.*\b(?:stories|articles|news|reads|coverage|videos)|recommended(?: for you| stories| articles| reading)?|you (?:may|might) (?:also )?(?:like|enjoy)|trending(?: now| stories| news)?|most (?:read|popular|viewed|shared)|popular(?: stories| now| posts)?|latest(?: news| stories| articles)?|further reading|see also|what to read next|keep reading|more to explore|share(?: this)?(?: article| story| post)?|sponsored(?: content| stories)?|promoted(?: stories| content)?|from around the web|top stories|editor'?s picks|around the web|in other news|about the authors?|tell us what you think|what do you think|have your say)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndLabel();

    [GeneratedRegex(@"^(?:#?hash\s?tags?|tags?|topics?|filed under|keywords?|categories|category)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListLabel();

    [GeneratedRegex(@"^(?:most (?:read|popular|viewed|shared)|trending)\s+(?:from|on|at)\s+(?:the\s+)?\p{Lu}\S*(?:\s+\S+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourcedListLabel();

    [GeneratedRegex(@"^(?:related(?: articles?| stories| news| coverage| content| reading| links?)?|read (?:more|also|next)|also read|see also|recommended(?: reading)?|watch|listen)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TeaserLabel();

    [GeneratedRegex(@"^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^(?:this (?:announcement|release|document|market update) (?:has been |was |is )?)?(?:approved and )?authori[sz]ed (?:for (?:release|lodgement|issue)|to be (?:released|lodged))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReleaseAuthorisation();



    [GeneratedRegex(
        @"^\W*(?<label>first\s+published|last\s+updated|updated(?:\s+on)?|published(?:\s+on)?|posted(?:\s+on)?|modified|date(?:d)?|released)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StampLabel();

    [GeneratedRegex(@"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bdate\b|[|·•,]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    /// <summary>A period word or preposition right before the date: the date is the object of the line, not its stamp.</summary>
    [GeneratedRegex(@"\b(?:ending|ended|end(?:ing)?\s+of|to|until|till|through|since|from|between|by|before|after|as\s+(?:at|of))\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateObject();

    [GeneratedRegex(
        @"^\(?\s*(?:(?:additional\s+)?reporting|writing|written|editing|edited|compiled|reported|graphics|production)\s+by\s+\p{Lu}[^\n]{0,400}$|^\(\s*with (?:files|(?:additional )?reporting|input) from\s+\p{Lu}[^\n)]{0,80}\)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    [GeneratedRegex(@"(?:(?:additional\s+)?reporting|writing|written|reported)\s+by\s+(?<names>[^;)]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReporterCredit();

    [GeneratedRegex(@"\s*(?:,|\band\b|&)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"\s+in\s+\p{Lu}[\p{L} .'\-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceSuffix();

    [GeneratedRegex(
        @"syndicated\s+feed|auto-generated\s+from|reworked\s+by\s+the|has\s+not\s+been\s+edited\s+by|published\s+from\s+(?:a\s+)?(?:wire|syndicated|agency)|from\s+a\s+wire\s+agency\s+feed",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SyndicationNote();

    [GeneratedRegex(@"reworked\s+by\s+(?:the\s+)?(?<outlet>\p{Lu}[\p{L}\p{N}&.' \-]{0,60}?)\s+(?:staff|team|desk|editors)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReworkedBy();

    [GeneratedRegex(@"^(?:https?://|www\.)\S+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CitedAddress();

    [GeneratedRegex(@"^(?:by|written by|posted by|author:?)\s+\p{Lu}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(
        @"^(?:advertisement|advertisements?|advert|adverts|ad|sponsored|story continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?|read more|click here|share|share this|print|email|tweet|subscribe(?: now)?|sign up|(?:sign up|subscribe|register) (?:for|to) (?:our|the) (?:\w+ ){0,2}newsletters?|thanks for reading\b.{0,80}\bsubscribe\b.{0,120}|subscribe (?:for free|now|today)\b.{0,120}|log ?in|register|follow us|back to top|skip to (?:main )?content|loading\.*|image|photo|video|audio|listen(?: to this article)?|\d+\s+min(?:ute)?s?\s+read|close|.{0,40}requires javascript.{0,40}|(?:please )?enable javascript.{0,60})\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Furniture();

    /// <summary>
    /// "[caption id=...]...[/caption]": a blog engine's shortcode left in the text. Its own pattern, matched case-sensitively: the
    /// source generator cannot compile a back-reference that ignores case, and it would leave all of <see cref="Furniture"/> to the interpreter.
    /// </summary>
    [GeneratedRegex(@"^\[(\w+)\b[^\]]*\].*\[/\1\]$", RegexOptions.CultureInvariant)]
    private static partial Regex Shortcode();

    [GeneratedRegex(
        @"^\(?(?:photo|image|picture|pic|video|illustration|graphic|file photo|credit|source|courtesy)s?(?:\s+credit)?\s*[:|/]|getty images|\bAFP via Getty\b|shutterstock|\(photo by\b|\bphoto:\s",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageCredit();
}
