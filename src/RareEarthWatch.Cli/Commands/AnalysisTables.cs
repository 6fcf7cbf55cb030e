using System.Globalization;
using Spectre.Console;

namespace RareEarthWatch.Cli.Commands;

/// <summary><c>analyze --format text</c>: one file's findings as tables, each fact with the sentence that proves it.</summary>
internal static class AnalysisTables
{
    public static void Write(IAnsiConsole console, AnalyzeCommand.AnalyzedFile file)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(file.File)}[/]").LeftJustified());
        if (file.Error is not null)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]Rejected:[/] {file.Error}");
            return;
        }

        var about = new Grid().AddColumn().AddColumn();
        foreach (var (label, value) in new[]
        {
            ("Title", file.Title), ("Published", file.Published), ("Outlet", file.Outlet), ("Agency", file.Agency),
            ("Authors", file.Authors.Count == 0 ? null : string.Join(", ", file.Authors)), ("Dateline", file.DatelineCity),
            ("Canonical URL", file.CanonicalUrl), ("Language", file.Language), ("Format", file.Format),
            ("Main text", file.MainText is null ? null : string.Create(CultureInfo.InvariantCulture, $"{file.MainText.Length:N0} characters")),
        })
        {
            about.AddRow(new Markup($"[grey]{label}[/]"), new Text(value ?? "—"));
        }

        console.Write(about);
        Facts(console, "Organisations", ["Organisation", "Kind", "Evidence"],
            file.Organisations.Select(o => new[] { $"{o.Name} ({o.Id})", o.Kind, First(o.Evidence) }));
        Facts(console, "Countries", ["Country", "Evidence"], file.Countries.Select(c => new[] { $"{c.Name} ({c.Code})", First(c.Evidence) }));
        Facts(console, "Rare-earth elements", ["Element", "Products", "Evidence"],
            file.Elements.Select(e => new[] { $"{e.Name} ({e.Symbol})", string.Join(", ", e.Products), First(e.Evidence) }));
        if (file.MentionsRareEarths)
        {
            console.MarkupLine("[grey]Mentions rare earths in general.[/]");
        }

        Facts(console, "Tonnages (metric tonnes)", ["Amount", "Material", "Measure", "Period", "Subject", "Evidence"],
            file.Tonnages.Select(t => new[] { Amount(t), t.Material ?? "—", t.Measure ?? "—", t.PeriodDetail is { } detail ? $"{t.Period} ({detail})" : t.Period, t.Subject ?? "—", t.Evidence }));
        Facts(console, "Candidate organisations (not in the reference data; review them in the app)", ["Name", "Kind hint", "Country", "Evidence"],
            file.CandidateOrganisations.Select(c => new[] { c.Name, c.KindHint ?? "—", c.CountryCode ?? "—", First(c.Evidence) }));
        console.WriteLine();
    }

    /// <summary>A numbered table of facts (the last cell of each row is its evidence), then the evidence by number.</summary>
    private static void Facts(IAnsiConsole console, string title, string[] headers, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[grey]{title}: none found.[/]");
            return;
        }

        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Rounded };
        table.AddColumn(new TableColumn("#").RightAligned());
        foreach (var header in headers[..^1])
        {
            table.AddColumn(new TableColumn(header));
        }

        for (var i = 0; i < list.Count; i++)
        {
            table.AddRow(list[i][..^1].Select(cell => new Text(cell)).Prepend(new Text((i + 1).ToString(CultureInfo.InvariantCulture))).ToArray<Spectre.Console.Rendering.IRenderable>());
        }

        console.Write(table);
        var evidence = new Grid().AddColumn(new GridColumn().RightAligned()).AddColumn();
        for (var i = 0; i < list.Count; i++)
        {
            evidence.AddRow(new Markup($"[grey]{i + 1}[/]"), new Text(list[i][^1], new Style(Color.Grey)));
        }

        console.MarkupLine($"[grey]{headers[^1]}:[/]");
        console.Write(evidence);
    }

    private static string First(IReadOnlyList<string> evidence) =>
        evidence.Count switch
        {
            0 => "—",
            1 => evidence[0],
            _ => string.Create(CultureInfo.InvariantCulture, $"{evidence[0]} (+{evidence.Count - 1} more)"),
        };

    /// <summary>"about 140,000 t", "500–1,000 t", "more than 2,000 t", "up to 300 t".</summary>
    private static string Amount(AnalyzeCommand.TonnageJson t)
    {
        static string N(double v) => v.ToString("#,##0.###", CultureInfo.InvariantCulture);
        var hedge = t.Qualifier switch
        {
            "more_than" => "more than ",
            "at_least" => "at least ",
            "less_than" => "less than ",
            "up_to" => "up to ",
            "about" => "about ",
            "nearly" => "nearly ",
            _ => string.Empty,
        };
        var amount = (t.Min, t.Max) switch
        {
            ({ } min, { } max) when min == max => hedge + N(min),
            ({ } min, { } max) => $"{hedge}{N(min)}–{N(max)}",
            ({ } min, null) => (hedge.Length > 0 ? hedge : "at least ") + N(min),
            (null, { } max) => (hedge.Length > 0 ? hedge : "up to ") + N(max),
            _ => "unspecified",
        };
        return $"{amount} {t.Unit}";
    }
}
