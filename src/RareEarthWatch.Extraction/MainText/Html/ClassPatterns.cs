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

    /// <summary>Names of reader discussion (comments, replies): removed however much text they hold.</summary>
    public static bool IsDiscussion(IElement element) => KindsOf(element, NameKinds.Discussion) != NameKinds.None;

    /// <summary>A name that marks the article's own body ("article-body", itemprop=articleBody, "entry-content").</summary>
    public static bool IsMarkedBody(IElement element)
    {
        var names = NamesOf(element);
        return Kinds(element, names, NameKinds.MarkedBody) != NameKinds.None || IsArticleBodyItem(names.ItemProp);
    }

    /// <summary>
    /// Furniture by name: not when the name marks the article body; else on the first reading
    /// boilerplate or readability's "unlikely candidates" (unless the name also says
    /// article/body/content), on the second reading only reader discussion.
    /// </summary>
    public static bool IsFurnitureByName(IElement element, bool byName)
    {
        var names = NamesOf(element);
        var wanted = NameKinds.MarkedBody | NameKinds.Discussion
            | (byName ? NameKinds.Boilerplate | NameKinds.Unlikely | NameKinds.MaybeContent : NameKinds.None);
        var kinds = Kinds(element, names, wanted);
        if ((kinds & NameKinds.MarkedBody) != 0 || IsArticleBodyItem(names.ItemProp))
        {
            return false;
        }

        if (!byName)
        {
            return (kinds & NameKinds.Discussion) != 0;
        }

        return (kinds & NameKinds.Boilerplate) != 0 || ((kinds & NameKinds.Unlikely) != 0 && (kinds & NameKinds.MaybeContent) == 0);
    }

    /// <summary>+1 for a name that says content, −1 for one that says boilerplate, 0 otherwise.</summary>
    public static int Weight(IElement element)
    {
        var kinds = Kinds(element, NamesOf(element), NameKinds.Positive | NameKinds.Negative);
        return ((kinds & NameKinds.Positive) != 0 ? 1 : 0) - ((kinds & NameKinds.Negative) != 0 ? 1 : 0);
    }

    private static bool IsArticleBodyItem(string? itemProp) => string.Equals(itemProp, "articleBody", StringComparison.OrdinalIgnoreCase);

    /// <summary>The class, id and itemprop of an element, read in one pass over its attributes.</summary>
    private static (string? Class, string? Id, string? ItemProp) NamesOf(IElement element)
    {
        string? cls = null, id = null, itemProp = null;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            if (attributes[i] is not { } attribute)
            {
                continue;
            }

            switch (attribute.Name)
            {
                case "class":
                    cls ??= attribute.Value;
                    break;
                case "id":
                    id ??= attribute.Value;
                    break;
                case "itemprop":
                    itemProp ??= attribute.Value;
                    break;
                default:
                    break;
            }
        }

        return (cls, id, itemProp);
    }

    /// <summary>The kinds among <paramref name="wanted"/> that the element's class or its id is of.</summary>
    private static NameKinds KindsOf(IElement element, NameKinds wanted) => Kinds(element, NamesOf(element), wanted);

    /// <summary>The kinds an element's class and id have, remembered on the element once judged (see <see cref="ElementOrigin.NameKinds"/>).</summary>
    private static NameKinds Kinds(IElement element, (string? Class, string? Id, string? ItemProp) names, NameKinds wanted)
    {
        if (element.SourceReference is not ElementOrigin origin)
        {
            return Kinds(names.Class, wanted) | Kinds(names.Id, wanted);
        }

        var missing = wanted & ~origin.KnownNameKinds;
        if (missing != NameKinds.None)
        {
            origin.NameKinds |= Kinds(names.Class, missing) | Kinds(names.Id, missing);
            origin.KnownNameKinds |= missing;
        }

        return origin.NameKinds & wanted;
    }

    /// <summary>The kinds among <paramref name="wanted"/> that a name is of: one cache look-up, each pattern run once per distinct name.</summary>
    private static NameKinds Kinds(string? name, NameKinds wanted)
    {
        if (string.IsNullOrEmpty(name))
        {
            return NameKinds.None;
        }

        cache ??= new Dictionary<string, (NameKinds, NameKinds)>(StringComparer.Ordinal);
        if (!cache.TryGetValue(name, out var entry) && cache.Count >= MaxCachedNames)
        {
            cache.Clear();
        }

        var missing = wanted & ~entry.Known;
        if (missing != NameKinds.None)
        {
            var lower = name.ToLowerInvariant();
            for (var kind = NameKinds.Boilerplate; kind <= NameKinds.MaybeContent; kind = (NameKinds)((int)kind << 1))
            {
                if ((missing & kind) != 0 && Pattern(kind).IsMatch(lower))
                {
                    entry.Is |= kind;
                }
            }

            entry.Known |= missing;
            cache[name] = entry;
        }

        return entry.Is & wanted;
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

    /// <summary>Names of text kept for screen readers only ("visually-hidden", "sr-only"): never on screen, never the article.</summary>
    public static bool IsScreenReaderOnly(IElement element)
    {
        var names = NamesOf(element);
        return IsScreenReaderName(names.Class) || IsScreenReaderName(names.Id);
    }

    private static bool IsScreenReaderName(string? name) => name is not null && ScreenReaderOnly().IsMatch(name);

    [GeneratedRegex(@"visually[-_]?hidden|sr[-_]only|screen[-_]?reader", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScreenReaderOnly();

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
