namespace RareEarthWatch.Cli;

/// <summary>
/// Separates configuration arguments (<c>--Section:Key=value</c>, as the web app takes them) from
/// the command line proper, so both tools read the same settings the same way.
/// </summary>
internal static class HostSettings
{
    public static (string[] Settings, string[] Arguments) Split(string[] args)
    {
        static bool IsSetting(string a) =>
            a.StartsWith("--", StringComparison.Ordinal) && a.Contains(':', StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)
            && a.IndexOf(':', StringComparison.Ordinal) < a.IndexOf('=', StringComparison.Ordinal);

        return (args.Where(IsSetting).ToArray(), args.Where(a => !IsSetting(a)).ToArray());
    }
}
