using System.Text.Json;

namespace RareEarthWatch.Extraction.Metadata;

/// <summary>What a page's schema.org JSON-LD says about its article (the first Article-like object).</summary>
internal sealed record JsonLdArticle(
    string? Headline,
    string? DatePublished,
    IReadOnlyList<string> Authors,
    string? Publisher,
    string? Url,
    string? Language,
    string? ArticleBody)
{
    private const int MaxScripts = 50;

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Reads the first Article-like object of the given ld+json script texts; null when there is none.</summary>
    public static JsonLdArticle? Read(IEnumerable<string> scripts)
    {
        foreach (var root in Roots(scripts))
        {
            if (FindArticle(root) is { } article)
            {
                return From(article);
            }
        }

        return null;
    }

    /// <summary>
    /// The parsed root of each ld+json script text (the first <see cref="MaxScripts"/>); a script that is not JSON is
    /// skipped. Each root is valid until the next one is asked for.
    /// </summary>
    public static IEnumerable<JsonElement> Roots(IEnumerable<string> scripts)
    {
        foreach (var script in scripts.Take(MaxScripts))
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(script.Trim(), ParseOptions);
            }
            catch (JsonException)
            {
                continue;
            }

            using (document)
            {
                yield return document.RootElement;
            }
        }
    }

    private static JsonElement? FindArticle(JsonElement root)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray().Reverse())
                {
                    stack.Push(item);
                }

                continue;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (IsArticleType(element))
            {
                return element;
            }

            if (element.TryGetProperty("@graph", out var graph))
            {
                stack.Push(graph);
            }

            if (element.TryGetProperty("mainEntity", out var main))
            {
                stack.Push(main);
            }
        }

        return null;
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        IEnumerable<string?> types = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : null)
            : [type.ValueKind == JsonValueKind.String ? type.GetString() : null];
        return types.Any(t => t is not null && IsArticleTypeName(t));
    }

    /// <summary>A schema.org type of an article: NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting, Report...</summary>
    internal static bool IsArticleTypeName(string type) =>
        type.EndsWith("Article", StringComparison.Ordinal) || type is "BlogPosting" or "Report" or "LiveBlogPosting";

    private static JsonLdArticle From(JsonElement article) => new(
        String(article, "headline") ?? String(article, "name"),
        String(article, "datePublished") ?? String(article, "dateCreated"),
        Names(article, "author", peopleOrWires: true),
        Names(article, "publisher").FirstOrDefault(),
        String(article, "url") ?? MainEntityUrl(article),
        String(article, "inLanguage"),
        String(article, "articleBody"));

    private static string? MainEntityUrl(JsonElement article)
    {
        if (!article.TryGetProperty("mainEntityOfPage", out var main))
        {
            return null;
        }

        return main.ValueKind switch
        {
            JsonValueKind.String => main.GetString(),
            JsonValueKind.Object => String(main, "@id") ?? String(main, "url"),
            _ => null,
        };
    }

    /// <summary>An object typed as an organisation and not also as a person (Yoast types a blog's owner ["Person","Organization"]).</summary>
    private static bool IsOrganisationOnly(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("@type", out var type))
        {
            return false;
        }

        var types = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList()
            : type.ValueKind == JsonValueKind.String ? [type.GetString()!] : [];
        return types.Count > 0 && !types.Contains("Person") && types.All(t => t.EndsWith("Organization", StringComparison.Ordinal) || t is "Corporation" or "NewsMediaOrganization");
    }

    private static string? String(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            value = value.EnumerateArray().FirstOrDefault();
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>
    /// The names of a property's values. With <paramref name="peopleOrWires"/> (authors): an author typed as an organisation
    /// ("The Yomiuri Shimbun", the outlet's own house) is no person and is left out, unless it is a wire, which names the agency.
    /// </summary>
    private static List<string> Names(JsonElement element, string name, bool peopleOrWires = false)
    {
        var names = new List<string>();
        if (!element.TryGetProperty(name, out var value))
        {
            return names;
        }

        IEnumerable<JsonElement> items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [value];
        foreach (var item in items)
        {
            var text = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object => String(item, "name"),
                _ => null,
            };
            if (peopleOrWires && text is not null && IsOrganisationOnly(item) && WireAgencies.Find(text) is null)
            {
                continue;
            }

            if (!string.IsNullOrWhiteSpace(text) && !text.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                names.Add(text.Trim());
            }
        }

        return names;
    }
}
