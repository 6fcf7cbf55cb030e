namespace RareEarthWatch.Extraction.Documents;

/// <summary>
/// The file cannot be read as a news article. <see cref="Exception.Message"/> says what is wrong
/// and what the user can do about it; it is shown to the user as it is.
/// </summary>
public sealed class DocumentRejectedException : Exception
{
    public DocumentRejectedException()
    {
    }

    public DocumentRejectedException(string message)
        : base(message)
    {
    }

    public DocumentRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
