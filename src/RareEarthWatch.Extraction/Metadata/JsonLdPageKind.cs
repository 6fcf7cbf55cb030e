using System.Text.Json;

namespace RareEarthWatch.Extraction.Metadata;

/// <summary>What kind of page a page's schema.org JSON-LD says it is, beyond its article.</summary>
internal static class JsonLdPageKind
{
    /// <summary>
    /// True when the page declares itself a list of pages (a section, topic or search page: CollectionPage,
    /// SearchResultsPage) and nothing in its JSON-LD is an article. Such a page's text is several stories' teasers.
    /// </summary>
    public static bool DeclaresListing(IReadOnlyCollection<string> scripts)
    {
        // Most pages name neither type anywhere in their JSON-LD: no need to parse it for this (the metadata reader does).
        if (!scripts.Any(MayNameListing))
        {
            return false;
        }

        var listing = false;
        foreach (var root in JsonLdArticle.Roots(scripts))
        {
            foreach (var type in Types(root))
            {
                if (JsonLdArticle.IsArticleTypeName(type))
                {
                    return false;
                }

                listing |= type is "CollectionPage" or "SearchResultsPage";
            }
        }

        return listing;
    }

    /// <summary>True unless the script text certainly names no listing type (a type name may also be written with \u escapes).</summary>
    private static bool MayNameListing(string script) =>
        script.Contains("CollectionPage", StringComparison.Ordinal) || script.Contains("SearchResultsPage", StringComparison.Ordinal)
        || script.Contains("\\u", StringComparison.Ordinal);

    /// <summary>Every @type string in the document, at any depth.</summary>
    private static IEnumerable<string> Types(JsonElement root)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            switch (element.ValueKind)
            {
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        stack.Push(item);
                    }

                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        if (property.NameEquals("@type"))
                        {
                            foreach (var name in Names(property.Value))
                            {
                                yield return name;
                            }
                        }
                        else
                        {
                            stack.Push(property.Value);
                        }
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private static IEnumerable<string> Names(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => [type.GetString()!],
        JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!),
        _ => [],
    };
}
