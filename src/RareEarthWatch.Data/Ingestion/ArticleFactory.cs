using RareEarthWatch.Data.Model;
using RareEarthWatch.Extraction;
using RareEarthWatch.Extraction.Entities;

namespace RareEarthWatch.Data.Ingestion;

/// <summary>Turns an extraction result into an <see cref="Article"/> with its mentions, tonnages and band keys.</summary>
internal static class ArticleFactory
{
    public static Article Create(Upload upload, string sha256, long size, ExtractionResult result, DateTime nowUtc)
    {
        var article = new Article
        {
            FileName = upload.FileName,
            Sha256 = sha256,
            SizeBytes = size,
            ImportedUtc = nowUtc,
        };
        Apply(article, result);
        return article;
    }

    /// <summary>Copies what the extractor read (metadata, text, fingerprint, facts) onto the article, replacing what it had.</summary>
    public static void Apply(Article article, ExtractionResult result)
    {
        var metadata = result.Metadata;
        article.ClearFacts();
        article.MainText = result.MainText;
        article.Fingerprint = result.Fingerprint.ToBytes();
        article.ExtractorVersion = ExtractionPipeline.Version;
        article.RereadFailure = null;
        article.RereadFailedUtc = null;
        foreach (var key in result.Fingerprint.BandKeys())
        {
            article.AddBand(key);
        }

        AddFacts(article, result.Entities);
        article.Format = result.Format;
        article.Title = Clean(metadata.Title);
        article.Outlet = Clean(metadata.Outlet);
        article.Agency = Clean(metadata.Agency);
        article.CanonicalUrl = Clean(metadata.CanonicalUrl);
        article.Authors = metadata.Authors.Count == 0 ? null : string.Join(", ", metadata.Authors);
        article.DatelineCity = Clean(metadata.DatelineCity);
        article.Language = Clean(metadata.Language);
        article.PublishedUtc = metadata.Published?.UtcDateTime;
        article.PublishedDate = metadata.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : null;
        article.PublishedOffsetMinutes = metadata.Published is { } q ? (int)q.Offset.TotalMinutes : null;
        article.PublishedSource = metadata.PublishedSource;
        article.PublishedHasTimeZone = metadata.Published is not null && metadata.PublishedHasTimeZone;
        article.PublishedHasTime = metadata.Published is not null && metadata.PublishedHasTime;
    }

    private static void AddFacts(Article article, ArticleEntities entities)
    {
        foreach (var organisation in entities.Organisations)
        {
            foreach (var evidence in organisation.Evidence)
            {
                article.AddMention(NewMention(MentionKind.Organisation, evidence, organisationId: organisation.Id));
            }
        }

        foreach (var country in entities.Countries)
        {
            foreach (var evidence in country.Evidence)
            {
                article.AddMention(NewMention(MentionKind.Country, evidence, countryCode: country.Code));
            }
        }

        foreach (var element in entities.Elements)
        {
            var products = element.Products.Count == 0 ? null : string.Join('|', element.Products);
            foreach (var evidence in element.Evidence)
            {
                article.AddMention(NewMention(MentionKind.Element, evidence, elementSymbol: element.Symbol, products: products));
            }
        }

        foreach (var evidence in entities.RareEarthsEvidenceOrEmpty)
        {
            article.AddMention(NewMention(MentionKind.RareEarths, evidence));
        }

        foreach (var t in entities.Tonnages)
        {
            article.AddTonnage(new Tonnage
            {
                Min = t.Min,
                Max = t.Max,
                Unit = t.Unit,
                UnitAsWritten = t.UnitAsWritten,
                Qualifier = t.Qualifier,
                Material = t.Material,
                ElementSymbol = t.ElementSymbol,
                ProductId = t.ProductId,
                Basis = t.Basis,
                Measure = t.Measure,
                Period = t.Period,
                PeriodDetail = t.PeriodDetail,
                SubjectId = t.SubjectId,
                SubjectName = t.SubjectName,
                SubjectKind = t.SubjectKind,
                Start = t.Evidence.Start,
                Length = t.Evidence.Length,
                SentenceStart = t.Evidence.SentenceStart,
                Sentence = t.Evidence.Sentence,
            });
        }
    }

    private static Mention NewMention(
        MentionKind kind,
        Evidence evidence,
        string? organisationId = null,
        string? countryCode = null,
        string? elementSymbol = null,
        string? products = null) => new()
        {
            Kind = kind,
            OrganisationId = organisationId,
            CountryCode = countryCode,
            ElementSymbol = elementSymbol,
            Products = products,
            Start = evidence.Start,
            Length = evidence.Length,
            SentenceStart = evidence.SentenceStart,
            Sentence = evidence.Sentence,
        };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
