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
        Refresh();
    }

    /// <summary>
    /// Takes the date from the earliest dated source and the title from that source (the
    /// better-identified copy), else from the first source that has a title.
    /// </summary>
    public void Refresh()
    {
        var dated = _sources.Where(a => a.PublishedUtc is not null).MinBy(a => a.PublishedUtc);
        PublishedUtc = dated?.PublishedUtc;
        PublishedDate = dated?.PublishedDate;
        var titled = dated is not null && !string.IsNullOrWhiteSpace(dated.Title)
            ? dated
            : _sources.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a.Title));
        if (titled?.Title is { } title)
        {
            Title = title;
        }
    }
}
