using RareEarthWatch.Extraction.MainText;

namespace RareEarthWatch.Extraction.Tests.Reading;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class TestFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Seed(string name) => Path.Combine(RepositoryRoot, "seeds", name);

    public static ArticleReader NewReader(ExtractionOptions? options = null) => new(options ?? new ExtractionOptions());

    public static ReadArticle ReadSeed(string name) =>
        NewReader().Read(RawDocument.FromFile(Seed(name)));

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
