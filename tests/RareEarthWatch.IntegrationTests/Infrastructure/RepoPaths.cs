namespace RareEarthWatch.IntegrationTests.Infrastructure;

/// <summary>Paths inside the repository, found from the test assembly's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string BusinessStandardSeed => Path.Combine(Seeds, "irel-japan-korea-magnets-business-standard.txt");

    public static string SyndicatedSeed => Path.Combine(Seeds, "irel-japan-korea-magnets-daily8-syndicated.txt");

    public static string Docs => Path.Combine(Root, "docs");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RareEarthWatch.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RareEarthWatch.sln not found above " + AppContext.BaseDirectory);
    }
}
