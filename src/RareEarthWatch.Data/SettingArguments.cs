namespace RareEarthWatch.Data;

/// <summary>
/// Settings given on the command line, as the web app and the CLI both read them: <c>--Section:Key=value</c> or
/// <c>--Section:Key value</c>. A setting with no value after it is said plainly: left alone, the default data folder would
/// be used without a word, or the next option would be taken as the folder's name.
/// </summary>
public static class SettingArguments
{
    /// <summary>What is wrong with the first setting of <paramref name="args"/> written without a value, or null.</summary>
    /// <param name="isSetting">Which <c>--name</c> arguments are settings (a command's own options, such as <c>--all</c>, are not).</param>
    public static string? MissingValue(IReadOnlyList<string> args, Func<string, bool> isSetting)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(isSetting);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Contains('=', StringComparison.Ordinal) || !isSetting(arg))
            {
                continue;
            }

            if (i + 1 == args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                return NoValue(arg);
            }

            i++;
        }

        return null;
    }

    /// <summary>"The setting --Data:Directory has no value: write --Data:Directory=value or --Data:Directory value (…)".</summary>
    public static string NoValue(string name) =>
        $"The setting {name} has no value: write {name}=value or {name} value (for example --Data:Directory=/path/to/data).";
}
