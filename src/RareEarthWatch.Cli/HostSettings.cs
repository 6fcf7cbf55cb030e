namespace RareEarthWatch.Cli;

/// <summary>
/// Separates configuration arguments (<c>--Section:Key=value</c> or <c>--Section:Key value</c>, as the web app takes them)
/// from the command line proper, so both tools read the same settings the same way.
/// </summary>
internal static class HostSettings
{
    /// <summary>
    /// The settings (each as <c>--Section:Key=value</c>) and the other arguments; <c>Error</c> says what is wrong when a
    /// setting is given without a value.
    /// </summary>
    public static (string[] Settings, string[] Arguments, string? Error) Split(string[] args)
    {
        var settings = new List<string>();
        var arguments = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!IsSettingName(arg))
            {
                arguments.Add(arg);
            }
            else if (arg.Contains('=', StringComparison.Ordinal))
            {
                settings.Add(arg);
            }
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                // "--Data:Directory /path": the next argument is its value.
                settings.Add($"{arg}={args[++i]}");
            }
            else
            {
                return ([], [], Data.SettingArguments.NoValue(arg));
            }
        }

        return ([.. settings], [.. arguments], null);
    }

    /// <summary>"--Section:Key" or "--Section:Key=value": a colon in the name, before any '='.</summary>
    private static bool IsSettingName(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }

        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? arg : arg[..equals];
        return name.Contains(':', StringComparison.Ordinal) && !name.Any(char.IsWhiteSpace);
    }
}
