using System.Globalization;
using System.Text.RegularExpressions;

namespace RareEarthWatch.Extraction.Metadata;

/// <summary>
/// The news agencies whose copy outlets republish, with the names they appear under in datelines
/// ("NEW DELHI, Aug 14 (Reuters) -", "Reuters NEW DELHI") and credit lines ("(With inputs from PTI)").
/// </summary>
internal static partial class WireAgencies
{
    private static readonly (string Name, string[] Aliases)[] Known =
    [
        ("Reuters", ["Reuters", "Thomson Reuters"]),
        ("Associated Press", ["Associated Press", "AP"]),
        ("AFP", ["AFP", "Agence France-Presse", "Agence France Presse"]),
        ("Bloomberg", ["Bloomberg", "Bloomberg News"]),
        ("Xinhua", ["Xinhua", "Xinhua News Agency"]),
        ("Kyodo", ["Kyodo", "Kyodo News"]),
        ("PTI", ["PTI", "Press Trust of India"]),
        ("ANI", ["ANI", "Asian News International"]),
        ("IANS", ["IANS", "Indo-Asian News Service"]),
        ("Yonhap", ["Yonhap", "Yonhap News Agency"]),
        ("Dow Jones", ["Dow Jones", "Dow Jones Newswires"]),
        ("UNI", ["UNI", "United News of India"]),
        ("Bernama", ["Bernama"]),
        ("Anadolu", ["Anadolu", "Anadolu Agency", "AA"]),
        ("EFE", ["EFE"]),
        ("dpa", ["dpa", "DPA", "Deutsche Presse-Agentur"]),
        ("ANSA", ["ANSA"]),
        ("TASS", ["TASS"]),
        ("Interfax", ["Interfax"]),
        ("Jiji Press", ["Jiji", "Jiji Press"]),
        ("Antara", ["Antara"]),
        ("CNS", ["China News Service"]),
        ("Canadian Press", ["The Canadian Press", "Canadian Press", "CP"]),
        ("AAP", ["AAP", "Australian Associated Press"]),
        ("Press Association", ["PA Media", "Press Association"]),
        // Price reporting agencies file wire copy under datelines too: "SHANGHAI, Nov 14 (SMM) -".
        ("SMM", ["SMM", "Shanghai Metals Market"]),
        ("Argus", ["Argus", "Argus Media"]),
        ("Fastmarkets", ["Fastmarkets"]),
        ("S&P Global Commodity Insights", ["S&P Global Commodity Insights", "S&P Global Platts", "Platts"]),
        ("Asian Metal", ["Asian Metal"]),
        ("Mysteel", ["Mysteel"]),
    ];

    private static readonly string AliasPattern = string.Join(
        "|",
        Known.SelectMany(k => k.Aliases).OrderByDescending(a => a.Length).Select(Regex.Escape));

    private static readonly Regex AgencyThenCity = new(
        $@"^(?<agency>{AliasPattern})\s+(?<city>\p{{Lu}}[\p{{Lu}} .'\-]{{1,40}})$",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// "NEW DELHI, Aug 14 (Reuters) -", "KALGOORLIE, Australia, May 2 (Reuters) -", "Kuantan (Malaysia), May 2 (AFP) -",
    /// "TOKYO/SYDNEY, May 2 (Reuters) -": a city (the first of several), its country or state, the date, the agency.
    /// </summary>
    private static readonly Regex CityThenAgency = new(
        $@"^(?<city>\p{{Lu}}[\p{{L}} .'\-]{{1,40}}?)(?:/\p{{Lu}}[\p{{L}} .'\-]{{1,40}}?)*(?:,\s*\p{{Lu}}[\p{{L}} .'\-]{{1,30}}?(?=,)|\s*\(\p{{Lu}}[\p{{L}} .'\-]{{1,30}}\))?(?:,\s*[\p{{L}}.]{{3,10}}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?\s*\((?<agency>{AliasPattern})\)\s*[-–—:]",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Credit = new(
        $@"(?:^|\()(?:with\s+inputs?\s+from|source:|inputs?\s+from|©|copyright)\s*(?:\d{{4}}\s*)?(?<agency>{AliasPattern})\b|^[-–—―]\s*(?<agency>{AliasPattern})\s*$|^\((?<agency>{AliasPattern})\)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>"Reuters NEW DELHI": a line that is only an agency and an upper-case city.</summary>
    public static (string Agency, string City)? MatchDatelineLine(string line)
    {
        var m = AgencyThenCity.Match(line.Trim());
        return m.Success ? (Canonical(m.Groups["agency"].Value), CityName(m.Groups["city"].Value)) : null;
    }

    /// <summary>
    /// The length of a wire dateline opening <paramref name="line"/> ("SYDNEY, Oct 23 (Reuters) - " before "LYNAS SAYS Q1
    /// NDPR OUTPUT 2,214 T"), spaces after it included, or 0: a flash written in capitals is judged on the text after it.
    /// </summary>
    public static int DatelinePrefixLength(ReadOnlySpan<char> line)
    {
        if (!line.Contains('('))
        {
            return 0; // every wire dateline names its agency in brackets
        }

        foreach (var m in CityThenAgency.EnumerateMatches(line))
        {
            var end = m.Length;
            while (end < line.Length && char.IsWhiteSpace(line[end]))
            {
                end++;
            }

            return end;
        }

        return 0;
    }

    /// <summary>"NEW DELHI, Aug 14 (Reuters) - ...": the dateline that opens a wire story.</summary>
    public static (string Agency, string City)? MatchDatelinePrefix(string paragraph)
    {
        var m = CityThenAgency.Match(paragraph.TrimStart());
        return m.Success ? (Canonical(m.Groups["agency"].Value), CityName(m.Groups["city"].Value)) : null;
    }

    /// <summary>
    /// "LAKEWOOD, Colo., Nov. 19, 2026 /PRNewswire/ --": the dateline of a news release sent through a release wire. The
    /// city is the release's; the wire distributes it and is no news agency.
    /// </summary>
    private static readonly Regex ReleaseDateline = new(
        @"^(?<city>\p{Lu}[\p{Lu} .'\-]{1,40}?)(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?,\s*[\p{L}.]{3,10}\s+\d{1,2},\s*\d{4}\s*/\s*(?:PRNewswire|PR\s+Newswire|Business\s?Wire|GLOBE\s?NEWSWIRE|ACCESSWIRE|ACCESS\s?Newswire|Newsfile|CNW|Canada\s+NewsWire|EQS\s+Newswire)(?:[-\s]\p{L}+)*\s*/\s*(?:--|[-–—])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>"LAKEWOOD, Colo., Nov. 19, 2026 /PRNewswire/ -- ...": the city of a news release's dateline, or null.</summary>
    public static string? MatchReleaseDatelineCity(string paragraph)
    {
        var m = ReleaseDateline.Match(paragraph.TrimStart());
        return m.Success && !m.Groups["city"].Value.Any(char.IsLower) ? CityName(m.Groups["city"].Value) : null;
    }

    /// <summary>
    /// The date in a dateline that opens the text, whoever sent it: "NEW DELHI, Aug 14 (Reuters) -", "BEIJING/SHANGHAI,
    /// Nov. 3 (SMM) -", "LAKEWOOD, Colo., Nov. 19, 2026 /PRNewswire/ --", "PERTH, Western Australia, Oct 30, 2026 --". The
    /// city is written in capitals, as datelines write it, so a sentence that starts with a name and a date is not read.
    /// </summary>
    private static readonly Regex DatelineWithDate = new(
        @"^(?<city>\p{Lu}[\p{Lu} .'\-/]{1,40}?)(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?,\s*(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4}))?\s*(?:\([^()]{2,40}\)\s*|/[^/]{2,40}/\s*)?(?:--|[-–—])",
        RegexOptions.CultureInvariant);

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The month, day and (when written) year of the dateline that opens <paramref name="paragraph"/>, or null.</summary>
    public static DatelineDate? MatchDatelineDate(string paragraph)
    {
        var m = DatelineWithDate.Match(paragraph.TrimStart());
        if (!m.Success || m.Groups["city"].Value.Any(char.IsLower))
        {
            return null;
        }

        var month = Array.IndexOf(MonthNames, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        // 29 February is checked against a leap year until the year is known.
        return day >= 1 && day <= DateTime.DaysInMonth(year ?? 2024, month) ? new DatelineDate(month, day, year) : null;
    }

    /// <summary>"(With inputs from PTI)", "Source: AFP", "— Reuters": a credit line naming an agency.</summary>
    public static string? MatchCredit(string line)
    {
        var m = Credit.Match(line.Trim());
        return m.Success ? Canonical(m.Groups["agency"].Value) : null;
    }

    /// <summary>The canonical name of an agency alias (case-insensitive), or null.</summary>
    public static string? Find(string name)
    {
        foreach (var (canonical, aliases) in Known)
        {
            if (aliases.Any(a => string.Equals(a, name.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                return canonical;
            }
        }

        return null;
    }

    private static string Canonical(string alias) => Find(alias) ?? alias;

    /// <summary>"NEW DELHI" → "New Delhi"; a city already in mixed case is kept.</summary>
    public static string CityName(string city)
    {
        city = city.Trim().TrimEnd(',', '.', '-', ' ');
        var hasLower = city.Any(char.IsLower);
        return hasLower ? city : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(city.ToLowerInvariant());
    }
}

/// <summary>A dateline's date: month and day, and the year when the dateline writes it (wire datelines do not).</summary>
internal readonly record struct DatelineDate(int Month, int Day, int? Year)
{
    /// <summary>
    /// The date itself: the written year, or else the latest year that does not put the date after
    /// <paramref name="received"/> (a story is filed before it is saved); null when neither is known.
    /// </summary>
    public DateOnly? Resolve(DateTimeOffset? received)
    {
        if (Year is { } written)
        {
            return new DateOnly(written, Month, Day);
        }

        if (received is not { } r)
        {
            return null;
        }

        // A day of slack for time zones: a story filed in Sydney on the 26th can reach a London desk on the 25th.
        var latest = DateOnly.FromDateTime(r.UtcDateTime).AddDays(1);
        for (var year = latest.Year; year >= latest.Year - 4; year--)
        {
            if (Day <= DateTime.DaysInMonth(year, Month) && new DateOnly(year, Month, Day) <= latest)
            {
                return new DateOnly(year, Month, Day);
            }
        }

        return null;
    }
}
