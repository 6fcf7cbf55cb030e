using RareEarthWatch.Extraction.Entities;

namespace RareEarthWatch.Extraction.Tests.Entities;

public sealed class GazetteerTests
{
    private static readonly string[] GazetteerFiles =
        ["companies", "countries", "datelines", "elements", "products", "blockers", "chemical-symbols", "org-designators", "regions", "everyday-words"];

    [Fact]
    public void Embedded_gazetteer_loads_every_file()
    {
        var g = Gazetteer.Load();
        g.Organisations.Should().HaveCountGreaterThanOrEqualTo(190);
        g.Countries.Should().HaveCount(250);
        g.Elements.Should().HaveCount(17);
        g.Products.Should().HaveCountGreaterThanOrEqualTo(86);
        g.Datelines.Should().HaveCountGreaterThanOrEqualTo(365);
        g.Blockers.Should().NotBeEmpty();
        g.ChemicalSymbols.Should().HaveCount(118);
        g.OrganisationDesignators.Should().Contain(d => d.Role == "legal").And.Contain(d => d.Role == "prefix").And.Contain(d => d.Role == "cue");
        g.Regions.Should().HaveCountGreaterThanOrEqualTo(60);
        g.WithOrganisations([]).OrganisationDesignators.Should().HaveCount(g.OrganisationDesignators.Count);
        g.WithOrganisations([]).Regions.Should().HaveCount(g.Regions.Count);
        g.EverydayWords.Should().Contain(new EverydayWordEntry("American", "heritage")).And.Contain(new EverydayWordEntry("Kenya", "given-name"));
        g.WithOrganisations([]).EverydayWords.Should().HaveCount(g.EverydayWords.Count);
    }

    [Fact]
    public void Multi_values_are_split_on_pipes_only_and_names_keep_their_commas()
    {
        var meti = Gazetteer.Load().Organisations.Single(o => o.Id == "meti");
        meti.Name.Should().Be("Ministry of Economy, Trade and Industry");
        meti.Aliases.Should().Contain("Japan's Ministry of Economy, Trade and Industry");
    }

    [Fact]
    public void Every_product_has_a_known_basis()
    {
        // A note with an unquoted comma ("2,000 tonnes") shifted the rare-earth-metal row: its basis read as note text (product24).
        string[] known = ["REO", "TREO", "TREYO", "MREO", "HREO", "NdPr oxide", "oxide", "metal", "concentrate", "carbonate", "ore", "magnet", "product", "unspecified"];
        Gazetteer.Load().Products.Should().OnlyContain(p => known.Contains(p.Basis));
        Gazetteer.Load().Products.Single(p => p.Id == "rare-earth-metal").Basis.Should().Be("metal");
    }

    [Fact]
    public void References_between_files_resolve()
    {
        var g = Gazetteer.Load();
        var ids = g.Organisations.Select(o => o.Id).ToHashSet();
        var codes = g.Countries.Select(c => c.Code).ToHashSet();
        var symbols = g.Elements.Select(e => e.Symbol).ToHashSet();
        g.Organisations.Where(o => o.ParentId is not null).Should().OnlyContain(o => ids.Contains(o.ParentId!));
        g.Organisations.Where(o => o.CountryCode is not null).Should().OnlyContain(o => codes.Contains(o.CountryCode!));
        g.Products.SelectMany(p => p.ElementSymbols).Should().OnlyContain(s => symbols.Contains(s));
        g.Datelines.Should().OnlyContain(d => codes.Contains(d.CountryCode));
        g.Blockers.Where(b => b.CountryCode != null).Should().OnlyContain(b => codes.Contains(b.CountryCode!));
        ids.Should().HaveCount(g.Organisations.Count, "ids are unique");
    }

    [Fact]
    public void Loading_from_a_folder_gives_the_same_data_as_the_embedded_copies()
    {
        var embedded = Gazetteer.Load();
        var fromFolder = Gazetteer.Load(TestFiles.GazetteerDirectory);
        fromFolder.Organisations.Select(o => o.Id).Should().Equal(embedded.Organisations.Select(o => o.Id));
        fromFolder.Products.Select(p => p.Basis).Should().Equal(embedded.Products.Select(p => p.Basis));
    }

    [Fact]
    public void A_new_company_written_into_a_copy_of_the_data_is_found_without_code_changes()
    {
        var folder = Directory.CreateTempSubdirectory("rew-gazetteer-");
        try
        {
            foreach (var name in GazetteerFiles)
            {
                File.Copy(Path.Combine(TestFiles.GazetteerDirectory, name + ".csv"), Path.Combine(folder.FullName, name + ".csv"));
            }

            File.AppendAllText(
                Path.Combine(folder.FullName, "companies.csv"),
                "zz-quokka-metals,Quokka Rare Metals Pty Ltd,Quokka Rare Metals|Quokka Metals,QRM,miner,,AU,,\"Test entry, made up.\",uncertain\n");
            var recognizer = new EntityRecognizer(Gazetteer.Load(folder.FullName));

            var result = recognizer.Recognize(
                "Quokka Rare Metals (QRM) said on Monday it would build a plant. QRM expects first output in 2027.",
                RareEarthWatch.Extraction.Metadata.ArticleMetadata.Empty);

            var quokka = result.Organisations.Should().ContainSingle().Subject;
            quokka.Id.Should().Be("zz-quokka-metals");
            quokka.CountryCode.Should().Be("AU");
            quokka.Evidence.Should().HaveCount(3, "the name, the defined acronym and its later use");
            result.Countries.Should().BeEmpty("the company's country is not a mention of the country");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_default_recogniser_does_not_know_the_made_up_company()
    {
        TestFiles.Recognize("Quokka Rare Metals said on Monday it would build a plant.").Organisations.Should().BeEmpty();
    }
}
