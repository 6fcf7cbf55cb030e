using System.Globalization;
using System.Text.RegularExpressions;

namespace RareEarthWatch.Extraction.Metadata;

/// <summary>
/// Reads dates as people write them on pages ("Aug 14 2025 | 8:41 PM IST", "14 August 2025, 20:41 GMT",
/// "2025-08-14T20:41:00+05:30"). A time zone named by abbreviation or offset is kept; a stamp
/// without one is read at offset zero and reported as having no zone.
/// </summary>
internal static partial class DateStamps
{
    private const int HoursPerHalfDay = 12;
    private const int MinutesPerHour = 60;

    /// <summary>Common zone abbreviations on news pages. IST is India's (the Irish and Israeli ones are rarer on business news).</summary>
    private static readonly Dictionary<string, TimeSpan> Zones = new(StringComparer.Ordinal)
    {
        ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero,
        ["BST"] = TimeSpan.FromHours(1), ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2),
        ["EET"] = TimeSpan.FromHours(2), ["EEST"] = TimeSpan.FromHours(3), ["MSK"] = TimeSpan.FromHours(3),
        ["GST"] = TimeSpan.FromHours(4), ["PKT"] = TimeSpan.FromHours(5),
        ["IST"] = new TimeSpan(5, 30, 0), ["WIB"] = TimeSpan.FromHours(7), ["ICT"] = TimeSpan.FromHours(7),
        ["SGT"] = TimeSpan.FromHours(8), ["HKT"] = TimeSpan.FromHours(8), ["AWST"] = TimeSpan.FromHours(8),
        ["PHT"] = TimeSpan.FromHours(8), ["MYT"] = TimeSpan.FromHours(8),
        ["JST"] = TimeSpan.FromHours(9), ["KST"] = TimeSpan.FromHours(9),
        ["AEST"] = TimeSpan.FromHours(10), ["AEDT"] = TimeSpan.FromHours(11), ["NZST"] = TimeSpan.FromHours(12),
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4), ["ET"] = TimeSpan.FromHours(-5),
        ["CST"] = TimeSpan.FromHours(-6), ["CDT"] = TimeSpan.FromHours(-5),
        ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6),
        ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7), ["PT"] = TimeSpan.FromHours(-8),
    };

    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>A date found in free text.</summary>
    public sealed record Stamp(DateTimeOffset Value, bool HasTime, bool HasZone, int Index, int Length);

    /// <summary>The first date written in <paramref name="text"/>, with its time and zone when given next to it.</summary>
    public static Stamp? Find(string text)
    {
        var m = DatePattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        int year, month, day;
        if (m.Groups["iy"].Success)
        {
            year = Int(m.Groups["iy"].Value);
            month = Int(m.Groups["im"].Value);
            day = Int(m.Groups["id"].Value);
        }
        else
        {
            year = Int(m.Groups["y"].Value);
            month = Array.IndexOf(MonthNames, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
            day = Int(m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value);
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month))
        {
            return null;
        }

        var hasTime = m.Groups["h"].Success;
        var hour = hasTime ? Int(m.Groups["h"].Value) : 0;
        var minute = hasTime ? Int(m.Groups["min"].Value) : 0;
        var second = m.Groups["s"].Success ? Int(m.Groups["s"].Value) : 0;
        if (m.Groups["ampm"].Success)
        {
            var pm = m.Groups["ampm"].Value.StartsWith('p') || m.Groups["ampm"].Value.StartsWith('P');
            hour = (hour % HoursPerHalfDay) + (pm ? HoursPerHalfDay : 0);
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        var offset = ZoneOffset(m.Groups["zone"].Value);
        var value = new DateTimeOffset(year, month, day, hour, minute, second, offset ?? TimeSpan.Zero);
        return new Stamp(value, hasTime, offset is not null, m.Index, m.Length);
    }

    /// <summary>Parses a machine-readable date (ISO 8601 / RFC 1123) as meta tags and JSON-LD carry it.</summary>
    public static DateTimeOffset? ParseMachine(string? value, out bool hasZone, out bool hasTime)
    {
        hasZone = false;
        hasTime = false;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        hasZone = ExplicitZone().IsMatch(value);
        hasTime = value.Contains(':', StringComparison.Ordinal);
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return parsed;
        }

        if (Find(value) is not { } stamp)
        {
            return null;
        }

        hasZone = stamp.HasZone;
        hasTime = stamp.HasTime;
        return stamp.Value;
    }

    private static TimeSpan? ZoneOffset(string zone)
    {
        if (string.IsNullOrEmpty(zone))
        {
            return null;
        }

        if (Zones.TryGetValue(zone, out var known))
        {
            return known;
        }

        var offset = OffsetPattern().Match(zone);
        if (!offset.Success)
        {
            return null;
        }

        var hours = Int(offset.Groups["h"].Value);
        var minutes = offset.Groups["m"].Success ? Int(offset.Groups["m"].Value) : 0;
        var span = TimeSpan.FromMinutes((hours * MinutesPerHour) + minutes);
        return offset.Groups["sign"].Value is "-" or "−" ? -span : span;
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private const string Month = @"(?<mon>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?";
    private const string Time = @"(?:[\s,|·•\-–—@]*(?:at\s+)?(?<h>\d{1,2})[:.](?<min>\d{2})(?::(?<s>\d{2}))?\s*(?<ampm>[ap]\.?\s?m\.?)?(?:\s*\(?(?<zone>(?:GMT|UTC)\s?[+\-−]\d{1,2}(?::?\d{2})?|(?-i:[A-Z]{2,4})|Z|\s?[+\-−]\d{1,2}(?::?\d{2})?)\)?(?![A-Za-z]))?)?";

    [GeneratedRegex(
        @"(?:(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})(?:[T\s](?<h>\d{2}):(?<min>\d{2})(?::(?<s>\d{2}))?(?:\.\d+)?\s*(?<zone>Z|[+\-]\d{2}:?\d{2})?)?"
        + "|" + Month + @"\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})" + Time
        + "|" + @"\b(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @",?\s+(?<y>\d{4})" + Time + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?:GMT|UTC)?\s?(?<sign>[+\-−])(?<h>\d{1,2})(?::?(?<m>\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"(?:Z|[+\-]\d{2}:?\d{2}|GMT|UTC)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitZone();
}
