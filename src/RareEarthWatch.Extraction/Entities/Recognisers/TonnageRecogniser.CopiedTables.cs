using System.Text.RegularExpressions;
using RareEarthWatch.Extraction.Entities.Text;

namespace RareEarthWatch.Extraction.Entities.Recognisers;

// Tables copied from a page or a spreadsheet, their cells split by bars or tabs: a header row says what each column holds.
public sealed partial class TonnageRecogniser
{
    /// <summary>A cell separator of a copied table: a bar, or a tab as a spreadsheet copies it.</summary>
    private static readonly Regex CellSeparatorRegex = new(@"\s*[|\t]\s*", RegexOptions.Compiled);

    /// <summary>
    /// A figure filling a cell: "29,800", "13,500 (b)", "150 (1)", "52,000e", "9,000-10,000", "~1,200", "&lt;5"; footnote marks
    /// and an estimate mark are not part of the number.
    /// </summary>
    private static readonly Regex FigureCellRegex = new(
        @"^(?<q>[<>~≈])?\s*(?<n1>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*[-–]\s*(?<n2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))?(?<e>e)?\s*(?:\((?:[a-z]|\d{1,2})\)|\*+)?$",
        RegexOptions.Compiled);

    /// <summary>"2025", "2026E", "FY27E", "FY 2027 Quantity", "CY2026F": the year a column holds.</summary>
    private static readonly Regex ColumnWindowRegex = new(
        @"(?<![\w.,])(?<w>(?:FY|CY)\s?'?(?:19|20)?\d{2}|(?:19|20)\d{2})(?<mark>[EFP]|e)?(?![\w.,]|\s*[-–/]\s*\d)", RegexOptions.Compiled);

    /// <summary>The unit a column header gives in brackets: "Ore (Mt)", "Contained TREO ('000 t)", "Capacity (t/yr)", "Output (tonnes)".</summary>
    private static readonly Regex ColumnUnitRegex = new(
        @"\(\s*(?<u>'?000\s*t|'?000\s*tonnes|thousand\s+tonnes|kt|Mt|t/yr|t/y|t/a|tpa|ktpa|Mtpa|t|tonnes|tons|metric\s+tons|kg|lb|ST|short\s+tons)\s*\)",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>A header cell that is a unit word alone ("Tonnes", "Quantity (t)" is caught above).</summary>
    private static readonly Regex BareUnitHeaderRegex = new(@"^(?i:tonnes|tons|metric\s+tons|t)$", RegexOptions.Compiled);

    /// <summary>A caption's unit note in brackets: "(tonnes of magnet blanks)", "(NdPr oxide, t)", "(tonnes REO)", "('000 t)".</summary>
    private static readonly Regex CaptionUnitRegex = new(
        @"\((?:[^()]*?[,;]\s*)?(?<u>'?000\s*t|'?000\s*tonnes|thousand\s+tonnes|kt|t|tonnes|tons|metric\s+tons)(?:\s+(?:of\s+)?[^()]*)?\)",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>A column whose figures are no masses: grades, shares, prices, values, costs, counts, dates.</summary>
    private static readonly Regex NotMassColumnRegex = new(
        @"(?i)%|\bgrade\b|\bppm\b|\bg/t\b|\bprice|\bvalue\b|\bcost|\brevenue|US\$|A\$|C\$|\$|€|£|¥|\byuan\b|\brmb\b|\bshare\b|\bnumber\b|\bcount\b|\bdate\b|\bmonths?\b|\byears?\b(?!\s+\d)|\bdays?\b|\bage\b",
        RegexOptions.Compiled);

    /// <summary>The column that names each row's material ("Project | Capacity (t/yr) | Product").</summary>
    private static readonly Regex ProductColumnRegex = new(@"^(?i:products?|materials?|commodit(?:y|ies)|forms?)$", RegexOptions.Compiled);

    /// <summary>The unit column of a table whose rows give their own unit ("Material | Unit | FY 2027 Quantity").</summary>
    private static readonly Regex UnitColumnRegex = new(@"^(?i:units?|uom)$", RegexOptions.Compiled);

    /// <summary>"Three-company total", "World total (rounded)", "Total", "Sum": a row that adds up the rows above, nobody's own.</summary>
    private static readonly Regex TotalRowRegex = new(@"(?i)\btotal\b|^\W*sum\b", RegexOptions.Compiled);

    /// <summary>One column of a copied table, as its header describes it.</summary>
    private sealed record TableColumn(string? Window, string? Unit, string? Measure, Material? Material, bool NotMass, string? SubYearPeriod = null);

    /// <summary>
    /// A table copied as text with its cells split by bars or tabs: "Company | 2025 | 2026E" over "JL Mag | 29,800 (a) | 38,000". Its
    /// header says what each column holds (a year, a unit in brackets, a measure, a material; a grade, share or price column holds no
    /// masses), and a caption line above it may give the unit of every column ("(tonnes of magnet blanks)", "Model changes (NdPr
    /// oxide, t)"). Every figure cell of a column with a unit is a tonnage of its column's year, measure and material (dev9
    /// convention (5), dev11). A row naming its own unit ("NdFeB magnet block | ST | 150") uses it.
    /// </summary>
    private sealed class CopiedTable(List<TableColumn> columns, int unitColumn, int productColumn, string? captionUnit, string? captionMeasure, Material? captionMaterial)
    {
        /// <summary>
        /// The table a header row opens, or null when the row is no header: it needs two cells or more, no figure cell, and a
        /// column that can hold masses (a unit, a year under a caption unit, or a unit column).
        /// </summary>
        public static CopiedTable? FromHeader(Sentence header, Sentence? caption, IReadOnlyList<MaterialMention> materials, Material? ore)
        {
            var cells = SplitCells(header.Text);
            if (cells.Count < 2 || cells.Exists(c => FigureCellRegex.IsMatch(c.Text) && !IsYearCell(c.Text)))
            {
                return null;
            }

            string? captionUnit = null;
            string? captionMeasure = null;
            Material? captionMaterial = null;
            if (caption is not null && !CellSeparatorRegex.IsMatch(caption.Text))
            {
                captionUnit = CaptionUnitRegex.Match(caption.Text) is { Success: true } u ? u.Groups["u"].Value : null;
                captionMeasure = TableMeasure(caption.Text);
                captionMaterial = MaterialWithin(materials, caption.Start, caption.End);
            }

            var columns = new List<TableColumn>();
            var unitColumn = -1;
            var productColumn = -1;
            for (var i = 0; i < cells.Count; i++)
            {
                var (text, at) = cells[i];
                if (UnitColumnRegex.IsMatch(text))
                {
                    unitColumn = i;
                    columns.Add(new TableColumn(null, null, null, null, NotMass: true));
                    continue;
                }

                if (i > 0 && ProductColumnRegex.IsMatch(text))
                {
                    productColumn = i;
                    columns.Add(new TableColumn(null, null, null, null, NotMass: true));
                    continue;
                }

                var unit = ColumnUnitRegex.Match(text) is { Success: true } u ? u.Groups["u"].Value : BareUnitHeaderRegex.IsMatch(text) ? "t" : null;
                // "Sep Qtr 2026", "H1 2026", "Oct 2026": a column of a quarter, half or month is no year's.
                var window = !SubYearWindowRegex.IsMatch(text) && ColumnWindowRegex.Match(text) is { Success: true } w ? w.Value : null;
                var notMass = unit is null && NotMassColumnRegex.IsMatch(text);
                var material = MaterialWithin(materials, header.Start + at, header.Start + at + text.Length);
                // "Tonnes (Mt)" beside "Contained TREO ('000 t)" in a reserve table: millions of tonnes of rock are ore.
                material ??= unit is "Mt" && ore is not null && ReserveOrResourceRegex.IsMatch(header.Text + " " + caption?.Text) ? ore : null;
                columns.Add(new TableColumn(window, unit, TableMeasure(text), material, notMass, SubYearPeriod(text)));
            }

            var usable = columns.Exists(c => c.Unit is not null) || unitColumn >= 0 || (captionUnit is not null && columns.Skip(1).Any(c => !c.NotMass));
            return usable ? new CopiedTable(columns, unitColumn, productColumn, captionUnit, captionMeasure, captionMaterial) : null;
        }

        /// <summary>The figure cells of a row of the table, each a tonnage; none when the row does not fit the header.</summary>
        public List<Quantity> Cells(Sentence row, IReadOnlyList<MaterialMention> materials)
        {
            var quantities = new List<Quantity>();
            var cells = SplitCells(row.Text);
            if (cells.Count < 2 || cells.Skip(1).All(c => !FigureCellRegex.IsMatch(c.Text) || IsYearCell(c.Text)))
            {
                return quantities; // no figure, or a header row of years ("Company | 2025 | 2026E") that opens the next table
            }

            // A header one cell short has an empty corner over the row labels ("\tFY27E\tFY28E" over "New\t0\t1,100").
            var offset = cells.Count - columns.Count is 1 ? 1 : 0;
            var subjectless = TotalRowRegex.IsMatch(cells[0].Text);
            var rowMeasure = RowCellMeasure(cells[0].Text);
            var rowUnit = unitColumn >= 0 && unitColumn + offset < cells.Count ? cells[unitColumn + offset].Text : null;
            // The row's own material: in its label ("Terbium oxide | kg | 2,000") or its product column ("| 3,000 | NdPr oxide").
            var rowMaterial = MaterialWithin(materials, row.Start + cells[0].At, row.Start + cells[0].At + cells[0].Text.Length)
                              ?? (productColumn >= 0 && productColumn + offset < cells.Count
                                  ? MaterialWithin(materials, row.Start + cells[productColumn + offset].At, row.Start + cells[productColumn + offset].At + cells[productColumn + offset].Text.Length)
                                  : null);
            for (var i = 1; i < cells.Count; i++)
            {
                var k = i - offset;
                if (k < 0 || k >= columns.Count || columns[k].NotMass || FigureCellRegex.Match(cells[i].Text) is not { Success: true } figure)
                {
                    continue;
                }

                var column = columns[k];
                var unit = column.Unit ?? RowUnit(rowUnit) ?? (column.Window is not null || column.Measure is not null || columns.TrueForAll(c => c.Unit is null) ? captionUnit : null);
                if (unit is null)
                {
                    continue;
                }

                var n1 = figure.Groups["n1"];
                var value = ParseNumber(n1.Value);
                double? value2 = figure.Groups["n2"].Success ? ParseNumber(figure.Groups["n2"].Value) : null;
                if (value <= 0)
                {
                    continue; // "0" in a model's first year, or "n.a.": no amount
                }

                var (factor, period) = TableUnit(unit);
                var qualifier = figure.Groups["q"].Value switch
                {
                    "~" or "≈" => "about",
                    "<" => "less_than",
                    ">" => "more_than",
                    _ => figure.Groups["e"].Success || column.Window?.EndsWith('e') == true ? "about" : "none",
                };
                var start = cells[i].At + n1.Index;
                var end = cells[i].At + (figure.Groups["n2"].Success ? figure.Groups["n2"].Index + figure.Groups["n2"].Length : n1.Index + n1.Length);
                var window = column.Window is { } w && ColumnWindowRegex.IsMatch(w) ? w : null;
                quantities.Add(new Quantity(start, start, end, value, value2, factor, false, value, unit, period, qualifier, false, false,
                    CellWindow: window, CellPeriod: column.SubYearPeriod, DeclaredUnit: true, CellMeasure: rowMeasure ?? column.Measure ?? captionMeasure, CellMaterial: column.Material ?? rowMaterial ?? captionMaterial,
                    Subjectless: subjectless));
            }

            return quantities;
        }

        private static string? RowUnit(string? cell) => cell is null ? null : cell.Trim() switch
        {
            "ST" or "st" or "short tons" or "short ton" => "short tons",
            "t" or "tonnes" or "tons" or "metric tons" or "MT" => "t",
            "kg" or "kilograms" => "kg",
            "lb" or "lbs" or "pounds" => "lb",
            "kt" => "kt",
            "Mt" => "Mt",
            _ => null,
        };

        private static (double Factor, string? Period) TableUnit(string unit)
        {
            var u = unit.Trim();
            if (u.Contains("000", StringComparison.Ordinal) || u.StartsWith("thousand", StringComparison.OrdinalIgnoreCase))
            {
                return (1e3, null);
            }

            if (u is "ST" or "st")
            {
                u = "short tons";
            }

            var (factor, period, _, _) = ReadUnit(u is "tonnes" or "tons" or "metric tons" or "T" ? "t" : u);
            return (factor, period);
        }
    }

    /// <summary>"Ore mined", "Concentrate produced", "Concentrate shipped", "Stocks at 30 Sep": the measure a row label names with
    /// one measure word (none when it names several or none).</summary>
    private static string? RowCellMeasure(string label)
    {
        var named = Tokenizer.Tokenize(label).Select(t => t.Text.ToLowerInvariant() switch
            {
                "mined" or "mining" or "output" => Measures.Production,
                var word when TonnageLexicon.MeasureCues.TryGetValue(word, out var cue) => cue,
                _ => null,
            })
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>The window a column of a quarter, half or month holds: "Sep Qtr 2026", "Q3 FY26", "H1 2026", "Oct 2026".</summary>
    private static string? SubYearPeriod(string header) =>
        QuarterColumnRegex.IsMatch(header) ? Periods.PerQuarter
        : HalfColumnRegex.IsMatch(header) ? Periods.HalfYear
        : SubYearWindowRegex.IsMatch(header) ? Periods.Month
        : null;

    private static readonly Regex QuarterColumnRegex = new(@"(?i)\b(?:Q[1-4]|qtr|quarter)\b", RegexOptions.Compiled);
    private static readonly Regex HalfColumnRegex = new(@"(?i)\b(?:H[12]|[12]H|half)\b", RegexOptions.Compiled);

    private static readonly Regex SubYearWindowRegex = new(
        @"(?i)\b(?:Q[1-4]|H[12]|[12]H|qtr|quarter|half|month|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\b", RegexOptions.Compiled);

    /// <summary>"2025", "2026": a year alone in a cell, a column's heading rather than an amount.</summary>
    private static bool IsYearCell(string cell) => cell.Length == 4 && int.TryParse(cell, out var year) && year is >= 1900 and <= 2100;

    /// <summary>The cells of a row split by bars or tabs, each with where it starts in the row.</summary>
    private static List<(string Text, int At)> SplitCells(string text)
    {
        var cells = new List<(string Text, int At)>();
        var start = 0;
        foreach (Match separator in CellSeparatorRegex.Matches(text))
        {
            cells.Add((text[start..separator.Index], start));
            start = separator.Index + separator.Length;
        }

        if (cells.Count == 0)
        {
            return cells;
        }

        cells.Add((text[start..].TrimEnd(), start));
        // "| Company | 2025 |": bars at the ends of the row leave empty cells there.
        if (cells[0].Text.Trim().Length == 0 && text.TrimStart().StartsWith('|'))
        {
            cells.RemoveAt(0);
        }

        if (cells.Count > 0 && cells[^1].Text.Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells.Select(c => (c.Text.Trim(), c.At + (c.Text.Length - c.Text.TrimStart().Length))).ToList();
    }

    /// <summary>The measure a caption or a column header names: capacity, reserves, resources, or a row label's measure word.</summary>
    private static string? TableMeasure(string text) =>
        CapacityHeaderRegex.IsMatch(text) ? Measures.Capacity
        : ReserveHeaderRegex.IsMatch(text) ? Measures.Reserve
        : ResourceHeaderRegex.IsMatch(text) ? Measures.Resource
        : LabelMeasure(text);

    private static readonly Regex ReserveOrResourceRegex = new(@"(?i)\b(?:reserves?|resources?|proven|probable|measured|indicated|inferred|contained)\b", RegexOptions.Compiled);

    private static readonly Regex CapacityHeaderRegex = new(@"(?i)\b(?:capacity|nameplate)\b", RegexOptions.Compiled);
    private static readonly Regex ReserveHeaderRegex = new(@"(?i)\b(?:mineral\s+|ore\s+)?reserves?\b", RegexOptions.Compiled);
    private static readonly Regex ResourceHeaderRegex = new(@"(?i)\b(?:mineral\s+)?resources?\b", RegexOptions.Compiled);

    private static Material? MaterialWithin(IReadOnlyList<MaterialMention> materials, int start, int end) =>
        materials.FirstOrDefault(m => m.Start >= start && m.End <= end && m.ProductId is not null) is { } mention
            ? new Material(mention.ProductId, mention.ElementSymbol, mention.AttachedElements, false)
            : null;
}
