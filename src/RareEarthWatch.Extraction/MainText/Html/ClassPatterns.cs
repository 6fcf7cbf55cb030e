using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace RareEarthWatch.Extraction.MainText.Html;

/// <summary>
/// What class names, ids and roles say about a block, as readability-style extractors read them.
/// Words, never site names: "comment", "related", "share" mark boilerplate on any site.
/// </summary>
internal static partial class ClassPatterns
{
    /// <summary>The class and id of an element in lower case ("" when it has neither).</summary>
    public static string Signature(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        return string.IsNullOrEmpty(cls) && string.IsNullOrEmpty(id)
            ? string.Empty
            : $"{cls} {id}".ToLowerInvariant();
    }

    /// <summary>Boilerplate by name, whatever else the name says: comments, related links, sharing, promotions.</summary>
    public static bool IsBoilerplate(string signature) => signature.Length > 0 && Boilerplate().IsMatch(signature);

    /// <summary>Names of reader discussion (comments, replies): removed however much text they hold.</summary>
    public static bool IsDiscussion(string signature) => signature.Length > 0 && Discussion().IsMatch(signature);

    /// <summary>Readability's "unlikely candidates": boilerplate unless the name also says article/body/content.</summary>
    public static bool IsUnlikely(string signature) =>
        signature.Length > 0 && Unlikely().IsMatch(signature) && !MaybeContent().IsMatch(signature);

    /// <summary>A name that marks the article's own body ("article-body", itemprop=articleBody, "entry-content").</summary>
    public static bool IsMarkedBody(IElement element)
    {
        if (string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var signature = Signature(element);
        return signature.Length > 0 && MarkedBody().IsMatch(signature);
    }

    /// <summary>+1 for a name that says content, −1 for one that says boilerplate, 0 otherwise.</summary>
    public static int Weight(string signature)
    {
        if (signature.Length == 0)
        {
            return 0;
        }

        var weight = 0;
        if (Negative().IsMatch(signature))
        {
            weight--;
        }

        if (Positive().IsMatch(signature))
        {
            weight++;
        }

        return weight;
    }

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
