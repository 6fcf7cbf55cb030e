using System.Text.RegularExpressions;
using RareEarthWatch.Extraction.Entities.Text;

namespace RareEarthWatch.Extraction.Entities.Recognisers;

// Tables written as text: Highlights bullets repeated in the narrative, rows of bare cells, year-labelled rows and statistical notes that declare the unit once.
public sealed partial class TonnageRecogniser
{
    /// <summary>"Market balance 2027E:", "Ex-China output 2026F:": a short row label that ends with an estimate or forecast year.</summary>
    private static readonly Regex RowLabelYearRegex = new(@"^\W*[\p{L}][\p{L}\s-]{0,40}?\s(?<year>(?:19|20)\d{2}[EF])\s*:", RegexOptions.Compiled);

    /// <summary>"Highlights", "Key points:", "QUARTER HIGHLIGHTS": the heading over a release's summary bullets.</summary>
    private static readonly Regex HighlightsHeadingRegex = new(
        @"^\W*(?:(?:[\p{L}-]+\s+){0,3})?(?i:highlights|key\s+points|key\s+highlights|at\s+a\s+glance|key\s+outcomes)\s*:?\s*$", RegexOptions.Compiled);

    /// <summary>A bullet line: "• ...", "- ...", "* ...", "▪ ...".</summary>
    private static readonly Regex BulletRegex = new(@"^\s*[•▪◦●*·-]\s+", RegexOptions.Compiled);

    /// <summary>
    /// "• First separated heavy rare earths at Lynas Malaysia: 1.6 tonnes of dysprosium oxide" in a release's highlights, then "the
    /// first 1.6 tonnes of dysprosium oxide were delivered to a Japanese customer" in its narrative: the narrative repeats the
    /// highlight, which says what the figure is; one fact (dev10 convention (1), L01).
    /// </summary>
    private static void RemoveHighlightRepeats(List<TonnageFact> facts, List<TonnageFact> highlightFacts)
    {
        foreach (var highlight in highlightFacts)
        {
            var at = facts.FindIndex(f => ReferenceEquals(f, highlight));
            if (at < 0)
            {
                continue;
            }

            var repeat = facts.FindIndex(at + 1, f => f.Min == highlight.Min && f.Max == highlight.Max && !highlightFacts.Exists(h => ReferenceEquals(h, f))
                                                      && (f.ProductId == highlight.ProductId || f.ProductId is null or GenericRareEarths
                                                          // "- 3,150 t of monazite concentrate produced in the quarter", then the
                                                          // table's "Concentrate produced | t | 3,150": the same figure, named shorter.
                                                          || (f.ProductId == GenericConcentrate && f.Measure == highlight.Measure)));
            if (repeat >= 0)
            {
                facts.RemoveAt(repeat);
            }
        }
    }

    /// <summary>The product "concentrate" alone names: any rare-earth concentrate.</summary>
    private const string GenericConcentrate = "rare-earth-concentrate";

    /// <summary>How many sentences below its caption a table's rows may run.</summary>
    private const int CaptionReach = 8;

    /// <summary>A line of a text table: cells split by "|", or a label, a colon and a figure ("NdPr oxide: 1,020 t (Q1: 980 t)").</summary>
    private static readonly Regex TableRowRegex = new(@"\||^\s*[\p{L}][^.:|;]{0,60}:\s*[~≈]?\d", RegexOptions.Compiled);

    /// <summary>"October 2026", "Oct 2026", "Sept. 2026": a month of a year in a caption.</summary>
    private static readonly Regex CaptionMonthRegex = new(@"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d{2}\b", RegexOptions.Compiled);

    /// <summary>A caption's unit note: "(...; tonnes, gross weight)", "(in tonnes)", "(t)", ", metric tons".</summary>
    private static readonly Regex CaptionTonnesRegex = new(@"(?i)(?:[(;,]|\bin)\s*(?:metric\s+)?(?:tonnes|tons|t)\b(?!\s+of\b)", RegexOptions.Compiled);

    /// <summary>A bare number filling a cell of a "|" row: "| 612 |", "| 1,050" at the line's end.</summary>
    private static readonly Regex BareCellRegex = new(@"\|\s*(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?=\||$)", RegexOptions.Compiled);

    /// <summary>
    /// "Cerium compounds | 612 | 655 | 540" under a caption in tonnes ("Japan rare earth imports, October 2026 (...; tonnes, gross
    /// weight)"): each bare cell of a row that opens with a label is a tonnage (dev9 convention (5), K36; measure33).
    /// </summary>
    private static List<Quantity> BareTableCells(string text)
    {
        var cells = new List<Quantity>();
        var firstBar = text.IndexOf('|', StringComparison.Ordinal);
        if (firstBar <= 0 || !Regex.IsMatch(text.AsSpan(0, firstBar), @"\p{L}"))
        {
            return cells;
        }

        foreach (Match cell in BareCellRegex.Matches(text))
        {
            var group = cell.Groups["n"];
            var value = ParseNumber(group.Value);
            if (value <= 0 || (value is >= 1900 and <= 2100 && !group.Value.Contains(',', StringComparison.Ordinal) && !group.Value.Contains('.', StringComparison.Ordinal)))
            {
                continue; // a year in a header cell
            }

            cells.Add(new Quantity(group.Index, group.Index, group.Index + group.Length, value, null, 1, false, value, "t", null, "none", false, false));
        }

        return cells;
    }

    /// <summary>
    /// A row whose label gives the unit, then figures each after its year: "NdPr oxide supply (t): 2025 68,000; 2026E 74,500;
    /// 2027E 81,000", "Mine output (kt): 2026 12.5; 2027F 14". The label is at most eight words, the unit in parentheses
    /// right before the colon.
    /// </summary>
    private static readonly Regex UnitLabelledRowRegex = new(
        @"^\s*[\p{L}][^.:|;()]{0,80}?\((?<unit>t|tonnes|tons|metric\s+tons|kt|'000\s*t|000\s*t|thousand\s+tonnes)\)\s*:(?<cells>.+)$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>One cell of a year-labelled row: "2026E 74,500", "2025: 68,000", "FY27 1,200" ("E"/"F" mark an estimate or forecast).</summary>
    private static readonly Regex YearCellRegex = new(
        @"(?<![\d,.])(?<year>(?:(?:19|20)\d{2}|FY\d{2})(?:[EFP]|e)?)\s*[:,]?\s+(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d%]|,\d|\s*(?:%|per\s*cent|percent))",
        RegexOptions.Compiled);

    /// <summary>
    /// The measure a unit-labelled row's label names: "supply", "output" or "production" a market's or producer's output,
    /// "demand" or "consumption" what is used ("other"), "exports" and "imports" trade; null when the label names none of them.
    /// </summary>
    private static string? RowLabelMeasure(string text) => LabelMeasure(text[..Math.Max(0, text.IndexOf('(', StringComparison.Ordinal))]);

    /// <summary>The measure a row label or a section heading names (see <see cref="RowLabelMeasure"/>).</summary>
    private static string? LabelMeasure(string label) =>
        RowLabelMeasureRegex.Match(label) is { Success: true } named
            ? named.Value.ToLowerInvariant() switch
            {
                "supply" or "output" or "production" => Measures.Production,
                "demand" or "consumption" => Measures.Other,
                "exports" => Measures.Export,
                "imports" => Measures.Import,
                _ => null,
            }
            : null;

    /// <summary>"NdPr oxide supply (t):", "Global magnet demand (kt):": a row label that counts a whole market.</summary>
    private static readonly Regex MarketRowRegex = new(@"(?i)^[^:(]*\b(?:supply|demand|consumption)\b[^:(]*\(", RegexOptions.Compiled);

    private static readonly Regex RowLabelMeasureRegex = new(
        @"(?i)\b(?:supply|output|production|demand|consumption|exports|imports)\b", RegexOptions.Compiled);

    /// <summary>"(Data in metric tons of ...)", "Data are in tonnes unless otherwise specified": a note that gives the unit of bare figures.</summary>
    private static readonly Regex DataInTonsRegex = new(
        @"(?i)^\W*(?:[\p{Lu}\s-]{0,40}\(\s*)?data\s+(?:are\s+)?in\s+(?:metric\s+)?(?:tons|tonnes)\b", RegexOptions.Compiled);

    /// <summary>
    /// A bare figure of a statistical summary: "8,200e", "52,000e", "1,900,000" or a small number standing alone after a colon
    /// or semicolon ("Brazil: 20; 1,800e"); not a year, a percentage, money or a footnote's number.
    /// </summary>
    private static readonly Regex DeclaredCellRegex = new(
        @"(?<![\w$€£¥.,/-])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<e>e)?(?![\w%]|[.,]\d|\s*(?:%|per\s*cent|percent|million|billion|[-–]\w))",
        RegexOptions.Compiled);

    private static readonly Regex CellYearLabelRegex = new(@"^(?:19|20)\d{2}$", RegexOptions.Compiled);

    /// <summary>"reserves 1,900,000", "reserves were about 3,300,000": a reserve cell, which has no year.</summary>
    private static readonly Regex ReserveCellBeforeRegex = new(@"(?i)\breserves?\b[^;:\d]{0,30}$", RegexOptions.Compiled);

    private static readonly Regex FootnoteBeforeRegex = new(@"(?i)\b(?:footnote|note|table|figure|see)\s*$", RegexOptions.Compiled);

    /// <summary>"World Mine Production and Reserves:", "Salient Statistics-United States:": the heading a row of a summary opens with.</summary>
    private static readonly Regex SectionHeadingRegex = new(@"^\s*(?<h>[\p{L}][^:.;\d]{2,60}):", RegexOptions.Compiled);

    /// <summary>
    /// A statistical summary under a unit note ("Data in metric tons of rare-earth-oxide (REO) equivalent"): its bare figures are
    /// tonnes of the note's basis, and it remembers the years of its columns and the measure its section heading names.
    /// </summary>
    private sealed class DeclaredTable(Material? material)
    {
        private readonly List<string> columnYears = [];
        private string? sectionMeasure;
        private bool sectionHasReserves;

        public Material? Material { get; } = material;

        /// <summary>
        /// The bare figures of a row ("United States: 2025, 48,000; 2026, 52,000e; reserves 1,900,000"), each with the year written
        /// before it; a row that writes no years ("Australia: 14,500; 16,000e; reserves 5,700,000") takes, in order, the years of
        /// the last row that did. Reserve cells have no year; cells with a year take the measure of the section heading.
        /// </summary>
        public List<Quantity> Cells(string text)
        {
            if (SectionHeadingRegex.Match(text) is { Success: true } heading && LabelMeasure(heading.Groups["h"].Value) is { } named)
            {
                sectionMeasure = named;
                sectionHasReserves = ReservesWordRegex.IsMatch(heading.Groups["h"].Value);
            }

            // "                 2025      2026e": a header row of years over columns laid out with spaces.
            var headerYears = ColumnYearRegex.Matches(text).Select(m => m.Value).ToList(); // "2026e" keeps its estimate mark
            if (headerYears.Count > 1 && !Regex.IsMatch(ColumnYearRegex.Replace(text, ""), @"\d"))
            {
                columnYears.Clear();
                columnYears.AddRange(headerYears);
                return [];
            }

            var cells = new List<(Group Number, string? Year, bool Reserve, bool Estimated)>();
            string? pendingYear = null;
            var previousEnd = 0;
            foreach (Match cell in DeclaredCellRegex.Matches(text))
            {
                var number = cell.Groups["n"];
                var before = text.AsSpan(previousEnd, number.Index - previousEnd);
                previousEnd = cell.Index + cell.Length;
                if (CellYearLabelRegex.IsMatch(number.Value))
                {
                    // "2025, 48,000": a year written before a cell labels it; "in 2026" after a cell is its window, no cell.
                    pendingYear = text.AsSpan(previousEnd).TrimStart().StartsWith(",") ? number.Value : null;
                    continue;
                }

                if (FootnoteBeforeRegex.IsMatch(text.AsSpan(0, number.Index))
                    || !(number.Value.Contains(',', StringComparison.Ordinal) || cell.Groups["e"].Success || CellOpensRegex.IsMatch(before)))
                {
                    pendingYear = null;
                    continue;
                }

                cells.Add((number, pendingYear, ReserveCellBeforeRegex.IsMatch(before), cell.Groups["e"].Success));
                pendingYear = null;
            }

            var yearsWritten = cells.Where(c => c.Year is not null).Select(c => c.Year!).ToList();
            if (yearsWritten.Count > 1)
            {
                columnYears.Clear();
                columnYears.AddRange(yearsWritten);
            }

            var quantities = new List<Quantity>();
            var column = 0;
            // "United States   43,000   45,000   1,900,000" under "Mine production ... Reserves": one cell more than the years is the reserve.
            var lastIsReserve = sectionHasReserves && yearsWritten.Count == 0 && columnYears.Count > 0 && cells.Count == columnYears.Count + 1
                                && !cells.Exists(c => c.Reserve);
            for (var c = 0; c < cells.Count; c++)
            {
                var (number, year, reserve, estimated) = cells[c];
                reserve |= lastIsReserve && c == cells.Count - 1;
                var value = ParseNumber(number.Value);
                if (value <= 0)
                {
                    continue;
                }

                var window = reserve ? null : year ?? (yearsWritten.Count == 0 && column < columnYears.Count ? columnYears[column] : null);
                column += reserve ? 0 : 1;
                var measure = reserve ? Measures.Reserve : window is not null ? sectionMeasure : null;
                var qualifier = QualifierRegex.Match(text, Math.Max(0, number.Index - 20), number.Index - Math.Max(0, number.Index - 20)) is { Success: true } hedge
                    ? TonnageLexicon.Qualifiers[hedge.Groups["q"].Value.ToLowerInvariant()]
                    : "none";
                if (qualifier == "none" && (estimated || window?.EndsWith('e') == true))
                {
                    qualifier = "about"; // "52,000e", or a cell under "2026e": an estimate, like "an estimated 52,000"
                }

                quantities.Add(new Quantity(number.Index, number.Index, number.Index + number.Length, value, null, 1, false, value, "t", null, qualifier, false, false,
                    CellWindow: window, DeclaredUnit: true, CellMeasure: measure));
            }

            return quantities;
        }
    }

    /// <summary>"2026e", "2025": a year heading a column.</summary>
    private static readonly Regex ColumnYearRegex = new(@"(?<![\w,.])(?<y>(?:19|20)\d{2})e?(?![\w,.]\d?)", RegexOptions.Compiled);

    private static readonly Regex ReservesWordRegex = new(@"(?i)\breserves\b", RegexOptions.Compiled);

    /// <summary>"Brazil: 20;", "reserves 1,900,000", "about 3,300,000": what may open a cell that is a small bare number.</summary>
    private static readonly Regex CellOpensRegex = new(@"(?:[:;]\s*|\breserves?\b.*|\babout\s*)$", RegexOptions.Compiled);

    /// <summary>The cells of a row whose label gives the unit (<see cref="UnitLabelledRowRegex"/>), each a tonnage.</summary>
    private static List<Quantity> YearLabelledCells(string text)
    {
        var cells = new List<Quantity>();
        if (UnitLabelledRowRegex.Match(text) is not { Success: true } row)
        {
            return cells;
        }

        var unit = row.Groups["unit"].Value;
        var factor = unit.StartsWith('k') || unit.StartsWith('K') || unit.Contains("000", StringComparison.Ordinal)
                     || unit.StartsWith("thousand", StringComparison.OrdinalIgnoreCase) ? 1_000 : 1;
        var at = row.Groups["cells"].Index;
        foreach (Match cell in YearCellRegex.Matches(text, at))
        {
            var number = cell.Groups["n"];
            var value = ParseNumber(number.Value);
            if (value > 0)
            {
                cells.Add(new Quantity(number.Index, number.Index, number.Index + number.Length, value, null, factor, false, value, unit, null, "none", false, false,
                    CellWindow: cell.Groups["year"].Value, CellMeasure: RowLabelMeasure(text)));
            }
        }

        return cells;
    }

    /// <summary>"operating data", "operating statistics": a caption of a producer's output table.</summary>
    private static readonly Regex OperatingDataRegex = new(@"(?i)\boperating\s+(?:data|statistics|results)\b", RegexOptions.Compiled);

    /// <summary>
    /// The measure a table caption names: a line with no figure and no closing full stop (or ending in a colon) holding one measure
    /// word ("imports", "production", "exports"), or "operating data" (output); null for prose or a caption naming none or several.
    /// </summary>
    private static string? CaptionMeasure(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0 || (SentenceEndRegex.IsMatch(trimmed) && !trimmed.EndsWith(':')))
        {
            return null;
        }

        var named = Tokenizer.Tokenize(trimmed).Where(t => TonnageLexicon.MeasureCues.ContainsKey(t.Text))
            .Select(t => TonnageLexicon.MeasureCues[t.Text]).Distinct(StringComparer.Ordinal).ToList();
        return named.Count == 1 && named[0] is Measures.Production or Measures.Export or Measures.Import or Measures.Sales or Measures.Shipment
            ? named[0]
            : named.Count == 0 && OperatingDataRegex.IsMatch(trimmed) ? Measures.Production : null;
    }

    /// <summary>How many sentences from the start may be a headline or deck line.</summary>
    private const int DeckLines = 3;
}
