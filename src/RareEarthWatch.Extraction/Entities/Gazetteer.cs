using System.Globalization;
using CsvHelper;

namespace RareEarthWatch.Extraction.Entities;

/// <summary>
/// The reference data the recognisers match against, read from the gazetteer CSV files
/// (embedded copies by default). Every name the recognisers know comes from here.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>Multi-valued CSV fields are separated by this character only.</summary>
    public const char MultiValueSeparator = '|';

    private const string ResourcePrefix = "RareEarthWatch.Gazetteers.";

    /// <summary>RFC 4180 with a header; the separator is fixed (auto-detection would pick '|' in these files).</summary>
    private static readonly CsvReaderOptions CsvOptions = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public IReadOnlyList<OrganisationEntry> Organisations { get; init; } = [];
    public IReadOnlyList<CountryEntry> Countries { get; init; } = [];
    public IReadOnlyList<ElementEntry> Elements { get; init; } = [];
    public IReadOnlyList<ProductEntry> Products { get; init; } = [];

    /// <summary>Dateline cities (datelines.csv).</summary>
    public IReadOnlyList<DatelineEntry> Datelines { get; init; } = [];

    /// <summary>Phrases that look like a country but are not one (blockers.csv; optional file).</summary>
    public IReadOnlyList<BlockerEntry> Blockers { get; init; } = [];

    /// <summary>All chemical element symbols (chemical-symbols.csv; optional file), to read formulas such as Nd2O3.</summary>
    public IReadOnlyList<string> ChemicalSymbols { get; init; } = [];

    /// <summary>
    /// Words that mark organisation names not in <see cref="Organisations"/> (org-designators.csv; optional file): legal
    /// forms, sector heads, "Ministry of ...", and the generic, title and noise words around names.
    /// </summary>
    public IReadOnlyList<DesignatorEntry> OrganisationDesignators { get; init; } = [];

    /// <summary>States and provinces read in datelines after a city (regions.csv; optional file).</summary>
    public IReadOnlyList<RegionEntry> Regions { get; init; } = [];

    /// <summary>Country words with an everyday reading: heritage words, given names, surnames (everyday-words.csv; optional file).</summary>
    public IReadOnlyList<EverydayWordEntry> EverydayWords { get; init; } = [];

    /// <summary>The same reference data with another list of organisations (as analysts have corrected it).</summary>
    public Gazetteer WithOrganisations(IReadOnlyList<OrganisationEntry> organisations) =>
        new()
        {
            Organisations = organisations,
            Countries = Countries,
            Elements = Elements,
            Products = Products,
            Datelines = Datelines,
            Blockers = Blockers,
            ChemicalSymbols = ChemicalSymbols,
            OrganisationDesignators = OrganisationDesignators,
            Regions = Regions,
            EverydayWords = EverydayWords,
        };

    /// <summary>Loads the data files from <paramref name="directory"/>, or the embedded copies when it is null.</summary>
    public static Gazetteer Load(string? directory = null)
    {
        var source = new GazetteerSource(directory);
        return new Gazetteer
        {
            Organisations = source.Read("companies", ReadOrganisation),
            Countries = source.Read("countries", ReadCountry),
            Elements = source.Read("elements", ReadElement),
            Products = source.Read("products", ReadProduct),
            Datelines = source.Read("datelines", ReadDateline),
            Blockers = source.ReadOptional("blockers", ReadBlocker),
            ChemicalSymbols = source.ReadOptional("chemical-symbols", r => Required(r, "symbol")),
            OrganisationDesignators = source.ReadOptional("org-designators", ReadDesignator),
            Regions = source.ReadOptional("regions", r => new RegionEntry(Required(r, "region"), Required(r, "iso2"), Multi(r, "abbreviations"))),
            EverydayWords = source.ReadOptional("everyday-words", r => new EverydayWordEntry(Required(r, "word"), Required(r, "role"))),
        };
    }

    private static OrganisationEntry ReadOrganisation(CsvReader row) => new(
        Required(row, "id"),
        Required(row, "canonical_name"),
        Required(row, "kind"),
        Optional(row, "country"),
        Optional(row, "parent_id"),
        Multi(row, "aliases"),
        Multi(row, "ambiguous_aliases"),
        Multi(row, "other_roles"));

    private static CountryEntry ReadCountry(CsvReader row) => new(
        Required(row, "iso2"),
        Required(row, "name"),
        Multi(row, "aliases"),
        Multi(row, "abbreviations"),
        Multi(row, "demonyms"),
        Multi(row, "capital"),
        Optional(row, "region"),
        Multi(row, "context_required"));

    private static ElementEntry ReadElement(CsvReader row) => new(
        Required(row, "symbol"),
        Required(row, "name"),
        int.Parse(Required(row, "atomic_number"), NumberStyles.Integer, CultureInfo.InvariantCulture),
        Required(row, "group"),
        Multi(row, "aliases"));

    private static ProductEntry ReadProduct(CsvReader row) => new(
        Required(row, "id"),
        Required(row, "name"),
        Multi(row, "element_symbols"),
        Required(row, "form"),
        Multi(row, "aliases"),
        Multi(row, "ambiguous_aliases"),
        string.Equals(Optional(row, "contains_ree"), "yes", StringComparison.OrdinalIgnoreCase),
        Optional(row, "basis"));

    private static DatelineEntry ReadDateline(CsvReader row) => new(
        Required(row, "city"),
        Required(row, "iso2"),
        Multi(row, "alt_spellings"));

    private static DesignatorEntry ReadDesignator(CsvReader row) =>
        new(Required(row, "phrase"), Required(row, "role"), Optional(row, "kind_hint"));

    private static BlockerEntry ReadBlocker(CsvReader row) => new(Required(row, "phrase"), Optional(row, "iso2"));

    private static string Required(CsvReader row, string column) =>
        Optional(row, column)
        ?? throw new InvalidDataException($"Record {row.RowNumber}: column '{column}' is empty or missing.");

    /// <summary>The trimmed value, or null when the column is missing from the file or the field is empty.</summary>
    private static string? Optional(CsvReader row, string column)
    {
        if (!row.TryGetFieldIndex(column, out var index) || index >= row.FieldCount)
        {
            return null;
        }

        var value = row.GetString(index);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static List<string> Multi(CsvReader row, string column) =>
        Optional(row, column) is { } value
            ? [.. value.Split(MultiValueSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : [];

    /// <summary>Opens gazetteer files from a folder or from the assembly's embedded resources.</summary>
    private sealed class GazetteerSource(string? directory)
    {
        public List<T> Read<T>(string name, Func<CsvReader, T> map) =>
            ReadOptional(name, map, required: true);

        public List<T> ReadOptional<T>(string name, Func<CsvReader, T> map, bool required = false)
        {
            using var stream = Open(name + ".csv");
            if (stream is null)
            {
                return required
                    ? throw new FileNotFoundException($"Gazetteer file '{name}.csv' not found in {directory ?? "embedded resources"}.")
                    : [];
            }

            using var csv = CsvReader.Create(stream, CsvOptions, leaveOpen: false);
            var rows = new List<T>();
            while (csv.Read())
            {
                rows.Add(map(csv));
            }

            return rows;
        }

        private Stream? Open(string fileName)
        {
            if (directory is not null)
            {
                var path = Path.Combine(directory, fileName);
                return File.Exists(path) ? File.OpenRead(path) : null;
            }

            return typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourcePrefix + fileName);
        }
    }
}
