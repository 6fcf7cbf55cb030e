namespace RareEarthWatch.Extraction.Entities.Matching;

/// <summary>What a gazetteer phrase stands for.</summary>
public enum PhraseKind
{
    /// <summary>An organisation alias that is safe on its own.</summary>
    Organisation,

    /// <summary>An organisation alias that needs supporting context (bare tickers, acronyms, common words).</summary>
    OrganisationAmbiguous,

    /// <summary>A country name, alias, abbreviation or demonym.</summary>
    Country,

    /// <summary>A phrase that contains a country word but is not that country ("Indian Ocean").</summary>
    Blocker,

    /// <summary>An element name or alias ("neodymium").</summary>
    Element,

    /// <summary>A product alias ("neodymium oxide", "NdPr").</summary>
    Product,

    /// <summary>A product alias that is a common word ("magnets", "ore"): used only as the material of a tonnage.</summary>
    ProductAmbiguous,
}

/// <summary>
/// One meaning of a gazetteer phrase. <see cref="Id"/> is the organisation id, ISO code, element symbol or
/// product id. <see cref="NeedsContext"/> marks country terms that need support (Georgia, Jordan...).
/// <see cref="PrefixCountryCode"/>/<see cref="PrefixTokenCount"/> describe a country word that leads an organisation
/// alias as a descriptor ("Japan's Ministry of ...", "Indian Department of ..."): that country is mentioned too.
/// <see cref="AttachedElements"/> (pipe-separated symbols) are the elements a product phrase names, or all of a
/// product's elements when it has few (<see cref="GazetteerIndex.MaxImplicitProductElements"/>).
/// </summary>
public sealed record PhraseTarget(
    PhraseKind Kind,
    string Id,
    bool NeedsContext = false,
    string? PrefixCountryCode = null,
    int PrefixTokenCount = 0,
    string? AttachedElements = null);
