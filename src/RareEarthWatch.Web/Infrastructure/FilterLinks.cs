using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using RareEarthWatch.Data.Queries;

namespace RareEarthWatch.Web.Infrastructure;

/// <summary>Builds shareable story-list links: every filter lives in the query string.</summary>
public static class FilterLinks
{
    public static string Stories(StoryFilter filter)
    {
        var query = new QueryBuilder();
        Add(query, "country", filter.Country);
        Add(query, "organisation", filter.Organisation);
        Add(query, "element", filter.Element);
        Add(query, "from", filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(query, "to", filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(query, "q", filter.Q);
        if (filter.Page > 1)
        {
            query.Add("p", filter.Page.ToString(CultureInfo.InvariantCulture));
        }

        return "/stories" + query.ToQueryString();
    }

    public static string Country(string code) => Stories(new StoryFilter(Country: code));

    public static string Organisation(string id) => Stories(new StoryFilter(Organisation: id));

    public static string Element(string symbol) => Stories(new StoryFilter(Element: symbol));

    private static void Add(QueryBuilder query, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Add(name, value);
        }
    }
}
