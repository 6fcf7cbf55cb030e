using System.Text.Json;
using RareEarthWatch.Extraction.Entities;

namespace RareEarthWatch.Extraction.Tests.Entities;

/// <summary>Acceptance tests on the Reuters body of the seed story (Cases/seed-reuters-irel).</summary>
public sealed class SeedReutersTests
{
    private static readonly Lazy<(string Text, JsonElement Expected, ArticleEntities Result)> Seed = new(() =>
    {
        var folder = Path.Combine(TestFiles.CasesDirectory, "seed-reuters-irel");
        var text = File.ReadAllText(Path.Combine(folder, "main-text.txt"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
        return (text, json.RootElement.Clone(), TestFiles.Recognize(text));
    });

    private static ArticleEntities Result => Seed.Value.Result;

    private static JsonElement Expected => Seed.Value.Expected;

    private static List<string> Strings(string property) =>
        Expected.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToList();

    [Fact]
    public void Main_text_is_the_15_paragraphs()
    {
        Seed.Value.Text.Split("\n\n").Should().HaveCount(15);
    }

    [Fact]
    public void Organisations_are_exactly_the_five_of_the_story()
    {
        Result.Organisations.Select(o => o.Id).Should().BeEquivalentTo(Strings("organisations"));
    }

    [Fact]
    public void Reuters_and_unrelated_names_are_not_organisations_of_the_story()
    {
        Result.Organisations.Select(o => o.Id).Should().NotContain(Strings("notOrganisations"));
    }

    [Fact]
    public void Toyotsu_alone_resolves_to_an_organisation_already_mentioned()
    {
        var toyotsu = Seed.Value.Text.IndexOf("with Toyotsu to", StringComparison.Ordinal) + "with ".Length;
        Result.Organisations.Single(o => o.Evidence.Any(e => e.Start == toyotsu)).Id.Should().Be("toyotsu-rare-earths-india");
    }

    [Fact]
    public void Meti_possessive_also_counts_Japan()
    {
        var meti = Result.Organisations.Single(o => o.Id == "meti");
        var japan = Result.Countries.Single(c => c.Code == "JP");
        japan.Evidence.Should().Contain(e => e.Start == meti.Evidence[0].Start);
    }

    [Fact]
    public void Countries_are_exactly_the_eight_of_the_story()
    {
        Result.Countries.Select(c => c.Code).Should().BeEquivalentTo(Strings("countries"));
    }

    [Fact]
    public void India_inside_an_organisation_name_is_not_evidence_for_India()
    {
        var india = Result.Countries.Single(c => c.Code == "IN");
        foreach (var evidence in india.Evidence)
        {
            Seed.Value.Text.Substring(evidence.Start, evidence.Length).Should().NotContain("Toyotsu");
        }
    }

    [Fact]
    public void Elements_are_neodymium_with_neodymium_oxide()
    {
        var expected = Expected.GetProperty("elements");
        Result.Elements.Select(e => e.Symbol).Should().BeEquivalentTo(expected.EnumerateObject().Select(p => p.Name));
        Result.Elements.Single(e => e.Symbol == "Nd").Products
            .Should().BeEquivalentTo(expected.GetProperty("Nd").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Generic_rare_earths_are_a_tag_not_seventeen_elements()
    {
        Result.MentionsRareEarths.Should().Be(Expected.GetProperty("mentionsRareEarths").GetBoolean());
        Result.RareEarthsEvidenceOrEmpty.Should().NotBeEmpty();
    }

    [Fact]
    public void Exactly_one_tonnage_the_capacity_of_IREL()
    {
        var expected = Expected.GetProperty("tonnages")[0];
        var fact = Result.Tonnages.Should().ContainSingle().Subject;
        fact.Min.Should().Be(expected.GetProperty("min").GetDouble());
        fact.Max.Should().Be(expected.GetProperty("max").GetDouble());
        fact.Unit.Should().Be("t");
        fact.Material.Should().Be(expected.GetProperty("material").GetString());
        fact.ElementSymbol.Should().Be(expected.GetProperty("elementSymbol").GetString());
        fact.Period.Should().Be(expected.GetProperty("period").GetString());
        fact.Measure.Should().Be(expected.GetProperty("measure").GetString());
        fact.SubjectId.Should().Be(expected.GetProperty("subjectId").GetString());
        fact.Evidence.Sentence.Should().Be(expected.GetProperty("sentence").GetString());
    }

    [Fact]
    public void All_evidence_points_into_the_text()
    {
        var text = Seed.Value.Text;
        var evidence = Result.Organisations.SelectMany(o => o.Evidence)
            .Concat(Result.Countries.SelectMany(c => c.Evidence))
            .Concat(Result.Elements.SelectMany(e => e.Evidence))
            .Concat(Result.Tonnages.Select(t => t.Evidence))
            .ToList();
        evidence.Should().NotBeEmpty();
        foreach (var e in evidence)
        {
            TonnageExamplesTests.EvidenceIsConsistent(text, e);
        }
    }
}
