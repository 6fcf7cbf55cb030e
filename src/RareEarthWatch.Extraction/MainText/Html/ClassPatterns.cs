using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace RareEarthWatch.Extraction.MainText.Html;

/// <summary>
/// What class names, ids and roles say about a block, as readability-style extractors read them.
/// Words, never site names: "comment", "related", "share" mark boilerplate on any site.
/// </summary>
internal static partial class ClassPatterns
{
    /// <summary>Distinct class or id values remembered per thread; the cache is emptied when it reaches this size.</summary>
    private const int MaxCachedNames = 8192;

    /// <summary>Per class or id value: which kinds were checked, and which of those it is. Each pattern runs only when asked for.</summary>
    [ThreadStatic]
    private static Dictionary<string, (NameKinds Known, NameKinds Is)>? cache;

    /// <summary>Boilerplate by name, whatever else the name says: comments, related links, sharing, promotions.</summary>
    public static bool IsBoilerplate(IElement element) => Either(element, NameKinds.Boilerplate);

    /// <summary>Names of reader discussion (comments, replies): removed however much text they hold.</summary>
    public static bool IsDiscussion(IElement element) => Either(element, NameKinds.Discussion);

    /// <summary>Readability's "unlikely candidates": boilerplate unless the name (class or id) also says article/body/content.</summary>
    public static bool IsUnlikely(IElement element) =>
        Either(element, NameKinds.Unlikely) && !Either(element, NameKinds.MaybeContent);

    /// <summary>A name that marks the article's own body ("article-body", itemprop=articleBody, "entry-content").</summary>
    public static bool IsMarkedBody(IElement element) =>
        Either(element, NameKinds.MarkedBody)
        || string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase);

    /// <summary>+1 for a name that says content, −1 for one that says boilerplate, 0 otherwise.</summary>
    public static int Weight(IElement element) =>
        (Either(element, NameKinds.Positive) ? 1 : 0) - (Either(element, NameKinds.Negative) ? 1 : 0);

    /// <summary>True when the element's class or its id is of the kind.</summary>
    private static bool Either(IElement element, NameKinds kind) =>
        Is(element.GetAttribute("class"), kind) || Is(element.Id, kind);

    private static bool Is(string? name, NameKinds kind)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        cache ??= new Dictionary<string, (NameKinds, NameKinds)>(StringComparer.Ordinal);
        if (!cache.TryGetValue(name, out var entry) && cache.Count >= MaxCachedNames)
        {
            cache.Clear();
        }

        if ((entry.Known & kind) == 0)
        {
            entry.Known |= kind;
            if (Pattern(kind).IsMatch(name.ToLowerInvariant()))
            {
                entry.Is |= kind;
            }

            cache[name] = entry;
        }

        return (entry.Is & kind) != 0;
    }

    private static Regex Pattern(NameKinds kind) => kind switch
    {
        NameKinds.Boilerplate => Boilerplate(),
        NameKinds.Discussion => Discussion(),
        NameKinds.Unlikely => Unlikely(),
        NameKinds.MaybeContent => MaybeContent(),
        NameKinds.MarkedBody => MarkedBody(),
        NameKinds.Negative => Negative(),
        NameKinds.Positive => Positive(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "one kind at a time"),
    };

    /// <summary>ARIA roles of page furniture.</summary>
    public static bool IsFurnitureRole(string? role) =>
        role is not null && FurnitureRole().IsMatch(role);

    [GeneratedRegex(
        @"comment|disqus|\brelated|related[-_]|recommend|newsletter|subscri(?:be|ption)|signup|sign-up|\bshare|share[-_]|sharing|social|cookie|consent|gdpr|paywall|outbrain|taboola|sponsor|promo(?:tion|ted)?\b|advert|\bads?\b|\bad[-_]|[-_]ads?\b|trending|most[-_]?(?:read|popular|viewed)|breadcrumb|sidebar|widget|footer|masthead|navbar|\bnav\b|[-_]nav\b|\bnav[-_]|\bmenu|popup|modal|byline|caption|\bcredit|author[-_]?(?:info|bio|box|name|details)|\btags?\b|tag[-_]?list|toolbar|read[-_]?more|more[-_]stories|\bteaser|newsticker|ticker|pagination|pager|rating|print[-_]|timestamp|dateline|published[-_]?date|post[-_]?meta|article[-_]?meta|entry[-_]?meta|\bmeta\b|further[-_]reading|also[-_]read|see[-_]also|next[-_]article|prev[-_]article|skip[-_]link|visually[-_]?hidden|sr[-_]only|screen[-_]?reader|headline|\btitle\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(
        @"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote",
        RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"comment|disqus|\brepl(?:y|ies)\b|\brespond\b", RegexOptions.CultureInvariant)]
    private static partial Regex Discussion();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow", RegexOptions.CultureInvariant)]
    private static partial Regex MaybeContent();

    [GeneratedRegex(
        @"article[-_]?(?:body|content|text|copy)|articlebody|story[-_]?(?:body|content|text)|post[-_]?(?:body|content|text)|entry[-_]?(?:body|content|text)|content[-_]?body|body[-_]?(?:text|copy|content)|article__body|rich[-_]?text|main[-_]?text|text[-_]?body",
        RegexOptions.CultureInvariant)]
    private static partial Regex MarkedBody();

    [GeneratedRegex(
        @"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author|caption|credit|subscribe|newsletter|recommend",
        RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex(@"^(?:navigation|banner|complementary|contentinfo|menu|menubar|dialog|alertdialog|alert|search|toolbar|tablist)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureRole();
}

/// <summary>What a class/id pair says about its element.</summary>
[Flags]
internal enum NameKinds
{
    None = 0,
    Boilerplate = 1,
    Discussion = 2,
    Unlikely = 4,
    MarkedBody = 8,
    Negative = 16,
    Positive = 32,

    /// <summary>Says article/body/content: cancels <see cref="Unlikely"/>.</summary>
    MaybeContent = 64,
}
