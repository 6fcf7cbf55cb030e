using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using RareEarthWatch.Extraction.MainText.Html;

namespace RareEarthWatch.Extraction.Metadata;

/// <summary>
/// Reads metadata from a parsed page, before it is cleaned, from ordered sources:
/// title — JSON-LD headline, og:title, twitter:title, the h1, &lt;title&gt; minus the site's suffix;
/// published — JSON-LD datePublished, article:published_time and other date metas, &lt;time datetime&gt;
/// inside the article (visible stamps are added later by the block filter);
/// outlet — og:site_name, JSON-LD publisher, application-name, the canonical host as last resort;
/// canonical URL — link rel=canonical, og:url, JSON-LD url, the MHTML location;
/// authors — JSON-LD authors, meta author; language — &lt;html lang&gt;, content-language, og:locale, JSON-LD.
/// </summary>
internal static partial class HtmlMetadataReader
{
    public const int RankJsonLd = 0;
    public const int RankMeta = 1;
    public const int RankTimeElement = 2;
    public const int RankVisibleStamp = 3;
    public const int RankVisibleUpdated = 5;

    private static readonly string[] PublishedMetas =
    [
        "article:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate", "publish-date",
        "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "published_time",
    ];

    /// <summary>Reads the metadata; <paramref name="found"/> is the page's survey (one walk instead of a selector search per item).</summary>
    public static JsonLdArticle? Read(IHtmlDocument document, PageSurvey found, MetadataCandidates meta, string? sourceUrl, string? containerTitle)
    {
        var metas = MetaContents(document);
        string? Meta(string name) => metas.GetValueOrDefault(name);

        var jsonLd = JsonLdArticle.Read(found.JsonLdScripts.Select(s => s.TextContent));
        var siteName = Meta("og:site_name");

        meta.AddTitle(jsonLd?.Headline, "json-ld:headline");
        meta.AddTitle(Meta("og:title"), "meta:og:title");
        meta.AddTitle(Meta("twitter:title"), "meta:twitter:title");
        var h1 = found.BodyH1;
        if (h1 is not null)
        {
            meta.AddTitle(MainText.TextTools.NormalizeSpace(h1.TextContent), "h1");
        }

        meta.AddTitle(StripSiteSuffix(document.Title, siteName), "title");
        meta.AddTitle(containerTitle, "mhtml:subject");

        AddPublished(meta, jsonLd?.DatePublished, "json-ld:datePublished", RankJsonLd);
        foreach (var name in PublishedMetas)
        {
            AddPublished(meta, Meta(name), $"meta:{name}", RankMeta);
        }

        var time = found.Time;
        AddPublished(meta, time?.GetAttribute("datetime"), "time[datetime]", RankTimeElement);

        meta.AddOutlet(siteName);
        meta.AddOutlet(jsonLd?.Publisher);
        meta.AddOutlet(Meta("application-name"));

        var canonical = found.Canonical?.GetAttribute("href");
        meta.AddCanonicalUrl(Absolute(canonical));
        meta.AddCanonicalUrl(Absolute(Meta("og:url")));
        meta.AddCanonicalUrl(Absolute(jsonLd?.Url));
        meta.AddCanonicalUrl(Absolute(sourceUrl));

        foreach (var author in jsonLd?.Authors ?? [])
        {
            AddAuthorOrAgency(meta, author);
        }

        foreach (var author in (Meta("author") ?? string.Empty).Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!author.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                AddAuthorOrAgency(meta, author);
            }
        }

        // <meta name="source" content="Xinhua">: the agency whose copy this is, when it names a known wire (else it is a site or a URL).
        meta.AddAgency(Meta("source") is { } source ? WireAgencies.Find(source) : null);

        // The visible byline is read only when no structured source names an author.
        foreach (var line in meta.HasAuthors ? [] : Bylines.VisibleLines(document.Body, h1))
        {
            var byline = Bylines.Parse(line);
            foreach (var name in byline.Names)
            {
                meta.AddBylineAuthor(name);
            }

            if (byline.Names.Count > 0)
            {
                meta.AddAgency(byline.Agency);
                break;
            }
        }

        meta.AddLanguage(document.DocumentElement.GetAttribute("lang"));
        meta.AddLanguage(HttpEquiv(document, "content-language"));
        meta.AddLanguage(Meta("og:locale")?.Replace('_', '-'));
        meta.AddLanguage(jsonLd?.Language);
        return jsonLd;
    }

    /// <summary>The host of the canonical URL, as the outlet of last resort.</summary>
    public static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host)
            : null;

    private static void AddAuthorOrAgency(MetadataCandidates meta, string name)
    {
        if (WireAgencies.Find(name) is { } agency)
        {
            meta.AddAgency(agency);
        }
        else
        {
            meta.AddAuthor(name);
        }
    }

    private static void AddPublished(MetadataCandidates meta, string? value, string source, int rank)
    {
        if (DateStamps.ParseMachine(value, out var hasZone, out var hasTime) is { } date)
        {
            meta.AddPublished(date, source, rank, hasZone, hasTime);
        }
    }

    /// <summary>
    /// The content of the head's meta elements by key (property, else name, else itemprop; keys
    /// compared ignoring case): the first one with content that is not blank, trimmed.
    /// </summary>
    private static Dictionary<string, string> MetaContents(IHtmlDocument document)
    {
        var contents = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var head = document.Head;
        if (head is null)
        {
            return contents;
        }

        // Child nodes by index: the Children collection filters the child nodes again on every index.
        var children = head.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement { LocalName: "meta" } element)
            {
                continue;
            }

            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            if (key is null)
            {
                continue;
            }

            var content = element.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(content))
            {
                contents.TryAdd(key, content.Trim());
            }
        }

        return contents;
    }

    private static string? HttpEquiv(IHtmlDocument document, string name)
    {
        foreach (var element in document.Head?.Children ?? Enumerable.Empty<IElement>())
        {
            if (element.LocalName == "meta" && string.Equals(element.GetAttribute("http-equiv"), name, StringComparison.OrdinalIgnoreCase))
            {
                return element.GetAttribute("content");
            }
        }

        return null;
    }

    private static string? Absolute(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.ToString()
            : null;

    /// <summary>"Headline | Site", "Headline - Site": the longest part, or the part that is not the site's name.</summary>
    public static string? StripSiteSuffix(string? title, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var parts = TitleSeparator().Split(title.Trim()).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count <= 1)
        {
            return title.Trim();
        }

        if (siteName is not null)
        {
            parts = parts.Where(p => !string.Equals(p, siteName.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (parts.Count == 1)
            {
                return parts[0];
            }
        }

        return parts.OrderByDescending(p => p.Length).First();
    }

    [GeneratedRegex(@"\s+[|–—•·»]\s+|\s+-\s+|\s*::\s*", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSeparator();
}

