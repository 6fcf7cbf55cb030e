namespace RareEarthWatch.Data.Model;

/// <summary>One news story, told by one or more sources (copies of it saved from different sites).</summary>
public sealed class Story
{
    private readonly List<Article> _sources = [];

    private Story()
    {
    }

    public Story(string title, DateTime createdUtc)
    {
        Title = title;
        CreatedUtc = createdUtc;
    }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>Publication instant of the earliest dated source, in UTC.</summary>
    public DateTime? PublishedUtc { get; private set; }

    /// <summary>Calendar date of that publication as the source printed it (its own time zone).</summary>
    public DateOnly? PublishedDate { get; private set; }

    public DateTime CreatedUtc { get; private set; }
    public IReadOnlyCollection<Article> Sources => _sources;

    /// <summary>Adds a source and keeps the story's title and date consistent with its sources.</summary>
    public void AddSource(Article article)
    {
        _sources.Add(article);
        if (string.IsNullOrWhiteSpace(Title) && !string.IsNullOrWhiteSpace(article.Title))
        {
            Title = article.Title;
        }

        if (article.PublishedUtc is { } published && (PublishedUtc is null || published < PublishedUtc))
        {
            PublishedUtc = published;
            PublishedDate = article.PublishedDate;
            if (!string.IsNullOrWhiteSpace(article.Title))
            {
                // The dated source is the better-identified copy: its headline names the story.
                Title = article.Title;
            }
        }
    }
}
