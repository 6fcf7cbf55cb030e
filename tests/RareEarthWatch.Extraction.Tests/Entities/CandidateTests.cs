using RareEarthWatch.Extraction.Entities;

namespace RareEarthWatch.Extraction.Tests.Entities;

/// <summary>Organisations not in the reference data, found by their designators (invented names).</summary>
public sealed class CandidateTests
{
    private static IReadOnlyList<CandidateMatch> Candidates(string text) => TestFiles.Recognize(text).Candidates;

    private static List<string> Names(string text) => Candidates(text).Select(c => c.Name).ToList();

    [Fact]
    public void Legal_suffix_and_sector_heads_mark_a_name()
    {
        Names("Quarrion Rare Earths Ltd said on Monday it had started drilling.").Should().Equal("Quarrion Rare Earths Ltd");
        Names("The deal was signed by Halden Magnetics GmbH and Norrvik Mining AB.").Should().Equal("Halden Magnetics GmbH", "Norrvik Mining AB");
        Names("Shares in Tarkine Resources rose 12% after the assay results.").Should().Equal("Tarkine Resources");
    }

    [Theory]
    [InlineData("Tundra Critical Minerals A/S said it would build a pilot plant.", "Tundra Critical Minerals A/S")]
    [InlineData("Shares in Kelsey Bay Minerals plc rose 4%.", "Kelsey Bay Minerals plc")]
    [InlineData("Orchid Rare Metals Pte Ltd signed the offtake.", "Orchid Rare Metals Pte Ltd")]
    [InlineData("Cerrado Terras Raras Ltda will build the plant.", "Cerrado Terras Raras Ltda")]
    [InlineData("Lapland Magnet Metals Oy opened an office.", "Lapland Magnet Metals Oy")]
    [InlineData("Narva Separation Works AS said it would hire 40 people.", "Narva Separation Works AS")]
    [InlineData("Rigas Magnet Alloys SIA agreed to buy the metal.", "Rigas Magnet Alloys SIA")]
    [InlineData("Nemunas Lydiniai UAB will build the line.", "Nemunas Lydiniai UAB")]
    public void Legal_forms_of_other_countries_end_a_name(string text, string name) => Names(text).Should().Equal(name);

    [Fact]
    public void A_name_with_a_legal_form_in_capitals_and_its_short_form_are_one_candidate()
    {
        var candidate = Candidates("Narva Separation Works AS signed the deal. Narva Separation Works said the line would start in May.")
            .Should().ContainSingle().Subject;
        candidate.Name.Should().Be("Narva Separation Works AS");
        candidate.Evidence.Should().HaveCount(2);
        Names("Prices rose as demand grew, and as buyers waited.").Should().BeEmpty("the word \"as\" is no legal form");
        Names("TRADERS SAID KESTREL OUTPUT FELL AS WELL AS EXPORTS.").Should().BeEmpty("in a line of capitals AS is the word");
    }

    [Fact]
    public void A_person_described_as_speaking_for_a_company_is_not_one()
    {
        Names("Jordan Smith, a spokesman for the company, said the plant would employ 200 people.").Should().BeEmpty();
        Names("Flexport, a freight forwarding company, said rates rose.").Should().Equal("Flexport");
    }

    [Fact]
    public void Candidate_carries_kind_hint_and_evidence()
    {
        const string Text = "Kestrel Bay Mining Corp plans a pilot plant. Kestrel Bay said the plant would open in 2027.";
        var candidate = Candidates(Text).Should().ContainSingle().Subject;
        candidate.Name.Should().Be("Kestrel Bay Mining Corp");
        candidate.KindHint.Should().Be("miner");
        candidate.Evidence.Should().HaveCount(2);
        candidate.Evidence[1].Sentence.Should().Be("Kestrel Bay said the plant would open in 2027.");
        Text.Substring(candidate.Evidence[1].Start, candidate.Evidence[1].Length).Should().Be("Kestrel Bay");
    }

    [Fact]
    public void Repeated_mentions_and_longer_forms_merge()
    {
        const string Text = "Serrano Verde Group Ltd owns the mine. Serrano Verde Group expects first output in May. Serrano Verde declined to comment.";
        var candidate = Candidates(Text).Should().ContainSingle().Subject;
        candidate.Name.Should().Be("Serrano Verde Group Ltd");
        candidate.Evidence.Should().HaveCount(3);
    }

    [Fact]
    public void Possessive_country_or_demonym_descriptor_gives_the_country()
    {
        Candidates("Brazil's Serrano Verde Group is raising money.").Single().CountryCode.Should().Be("BR");
        Candidates("The Brazilian miner Serrano Verde Group is raising money.").Single().CountryCode.Should().Be("BR");
        var described = Candidates("Canadian Tundra Rare Metals Inc said it would list in Toronto.").Single();
        described.Name.Should().Be("Tundra Rare Metals Inc");
        described.CountryCode.Should().Be("CA");
        Candidates("Tundra Rare Metals Inc said it would list.").Single().CountryCode.Should().BeNull();
    }

    [Fact]
    public void Ministries_and_departments_are_named_by_what_follows()
    {
        var ministry = Candidates("Vietnam's Ministry of Natural Resources and Environment approved the licence.").Single();
        ministry.Name.Should().Be("Ministry of Natural Resources and Environment");
        ministry.KindHint.Should().Be("ministry");
        ministry.CountryCode.Should().Be("VN");
        Names("The Department of Mines, Industry Regulation and Safety issued the permit.")
            .Should().Equal("Department of Mines, Industry Regulation and Safety");
        Names("The Ministry of Lands, which regulates the sector, declined to comment.").Should().Equal("Ministry of Lands");
    }

    [Fact]
    public void Leading_noise_and_job_titles_are_not_part_of_the_name()
    {
        Names("However Orrin Minerals shares fell.").Should().Equal("Orrin Minerals");
        Names("However, Orrin Minerals Chief Executive Jane Doe said output would rise.").Should().Equal("Orrin Minerals");
        Names("In March Orrin Minerals raised A$20 million.").Should().Equal("Orrin Minerals");
        Names("Unlisted Orrin Minerals Ltd received approval to mine.").Should().Equal("Orrin Minerals Ltd");
    }

    [Fact]
    public void A_designator_alone_or_with_only_generic_or_country_words_is_not_a_name()
    {
        Names("Rare Earths are a group of 17 elements.").Should().BeEmpty();
        Names("The Ministry said it would review the rules.").Should().BeEmpty();
        Names("Australian Rare Earths output rose, the National Resources office said.").Should().BeEmpty();
        Names("The Global Mining sector is consolidating.").Should().BeEmpty();
    }

    [Fact]
    public void Known_organisations_countries_and_headlines_are_not_candidates()
    {
        Names("Lynas Rare Earths said output rose.").Should().BeEmpty();
        Names("MP Materials and China Northern Rare Earth both reported.").Should().BeEmpty();
        Names("China Halts Rare Earth Exports To Japan").Should().BeEmpty();
        Names("Beijing Tightens Grip On Rare Earth Mining").Should().BeEmpty();
    }

    [Fact]
    public void A_designator_followed_by_another_capitalised_word_does_not_end_a_name()
    {
        Names("He spoke at the Critical Minerals Strategy launch.").Should().BeEmpty();
        Names("The Rare Earth Exports Act was passed.").Should().BeEmpty();
    }

    [Fact]
    public void A_noun_that_names_an_organisation_cues_the_name_after_it()
    {
        Names("The deal was struck with trading firm Verlund Partners last week.").Should().Equal("Verlund Partners");
        Names("Turkish-based carrier Skyline Express ordered ten jets.").Single().Should().Be("Skyline Express");
        Candidates("Turkish-based carrier Skyline Express ordered ten jets.").Single().CountryCode.Should().Be("TR");
        Names("The company said Monday that output rose.").Should().BeEmpty();
        Names("She met company founder Jane Doe.").Should().BeEmpty();
        Names("Rating agency KRVA estimates India's magnet demand at 7,400 tonnes.").Should().Equal("KRVA");
        Names("The motor holds 1.5 kg, according to a teardown by consultancy Verlund & Associates.").Should().Equal("Verlund & Associates");
        Names("The agency said on Monday that output rose.").Should().BeEmpty();
    }

    [Fact]
    public void A_name_after_analyst_at_may_open_with_its_country_and_join_words_with_an_ampersand()
    {
        Names("Demand could double, said Lee Min-su, an analyst at Korea Verlund & Securities.").Should().Equal("Korea Verlund & Securities");
        Names("Demand could double, said an analyst at Hanvale Investment & Securities.").Should().Equal("Hanvale Investment & Securities");
        Names("Analysts at China Verlund Securities see a deficit.").Should().Equal("China Verlund Securities");
        Names("Analysts at China's big banks see a deficit.").Should().BeEmpty();
    }

    [Fact]
    public void A_name_used_as_a_modifier_is_not_a_candidate()
    {
        Names("He spoke at the Orrin Media conference in Denver.").Should().BeEmpty();
    }

    [Fact]
    public void Body_names_join_words_across_and_and_keep_their_demonym()
    {
        // An invented body: the real Securities and Exchange Commission is in companies.csv since branch reference-orgs.
        var body = Candidates("The U.S. Tariffs and Exchange Commission opened an inquiry.").Single();
        body.Name.Should().Be("Tariffs and Exchange Commission");
        body.CountryCode.Should().Be("US");
        var institute = Candidates("A scholar at the American Policy Institute said so.").Single();
        institute.Name.Should().Be("American Policy Institute");
        institute.CountryCode.Should().Be("US");
        Names("BERLIN -- The Orbital Research Agency says it will fly.").Should().Equal("Orbital Research Agency");
    }

    [Fact]
    public void Country_word_inside_a_candidate_name_is_not_a_country()
    {
        var entities = TestFiles.Recognize("Three jets went to Biman Bangladesh Airlines this week.");
        entities.Candidates.Select(c => c.Name).Should().Equal("Biman Bangladesh Airlines");
        entities.Countries.Should().BeEmpty();
    }

    [Fact]
    public void Acronym_defined_after_a_candidate_is_more_evidence()
    {
        var candidate = Candidates("Sierra Ridge Corporation (SRC) won a contract. SRC will deliver in 2026.").Single();
        candidate.Evidence.Should().HaveCount(3); // the name, the bracketed acronym, the later acronym
    }

    [Fact]
    public void Context_marks_names_without_a_designator()
    {
        Names("Quillon said in a statement that it would cut 300 jobs.").Should().Equal("Quillon");
        Names("Sales rose 8%, Varnex CEO Ada Pike said.").Should().Equal("Varnex");
        Names("Analysts said Tovrel's shares were cheap.").Should().Equal("Tovrel");
        Names("Lakeshore Fund bought shares of Mirabeau last week.").Should().Contain("Mirabeau");
        Names("The order went to Korvath, the planemaker, on Monday.").Should().Equal("Korvath");
        Names("Dravon Holdings owns Belmar (NYSE: BLMR) and other units.").Should().Contain("Belmar");
    }

    [Fact]
    public void Acronyms_defined_after_a_name_that_later_acts()
    {
        Names("The Office for Quarry Safety and Standards (OQSS) opened an inquiry. OQSS said the mine would stay shut.")
            .Should().ContainSingle();
        Names("The Electric Vehicle (EV) market grew. EV sales rose 20%.").Should().BeEmpty();
        Names("Admissions to Intensive Care Units (ICUs) rose. ICUs said nothing.").Should().BeEmpty();
    }

    [Fact]
    public void Camel_case_brand_that_acts_twice_but_not_a_surname_or_a_material()
    {
        Names("ZapRide said riders grew. Investors like ZapRide.").Should().Equal("ZapRide");
        Names("The seats use FibreSkin. They add more FibreSkin.").Should().BeEmpty();
        Names("McAllen said the law was fine. Later McAllen said more.").Should().BeEmpty();
    }

    [Fact]
    public void People_are_not_organisations()
    {
        Names("Governor Ana Ruiz spoke. Ruiz said in a statement that it was over.").Should().BeEmpty();
        Names("Mr. Dalt spoke first. Dalt said in a statement that he was proud.").Should().BeEmpty();
        Names("Interim CEO Laura Benn said the results were weak.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("\u201cWe now expect to decide in the first quarter,\u201d managing director Darryl Cuzzubbo said in a statement.")]
    [InlineData("The plant will open in May, chief executive Mara Lindqvist said in a statement.")]
    public void A_person_after_a_job_title_who_speaks_in_a_statement_is_no_organisation(string text) =>
        Names(text).Should().BeEmpty();

    [Fact]
    public void A_state_before_a_department_is_part_of_its_name()
    {
        Names("The Ohio Department of Natural Resources issued a permit.").Should().Equal("Ohio Department of Natural Resources");
    }

    [Fact]
    public void An_abbreviated_legal_form_keeps_its_dot_in_the_name()
    {
        var candidate = Candidates("Kestrel agreed to buy alloy from Tallgrass Metals Inc., which holds 40 t in stock.").Single();
        candidate.Name.Should().Be("Tallgrass Metals Inc.");
        candidate.Evidence.Single().Length.Should().Be("Tallgrass Metals Inc".Length);
        Names("Tallgrass Metals Ltd said output rose.").Should().Equal("Tallgrass Metals Ltd");
    }

    [Fact]
    public void A_ticker_spelling_the_initials_makes_the_first_word_part_of_the_name()
    {
        // "Critical Metals Corp." is a gazetteer company; "(TSXV: HCM)" spells Harlow + Critical + Metals.
        const string Text = "Harlow Critical Metals Corp. (TSXV: HCM) filed a study for its Quebec project.";
        TestFiles.Recognize(Text).Organisations.Should().BeEmpty();
        Names(Text).Should().Equal("Harlow Critical Metals Corp.");
        // A ticker that does not spell the first word leaves the known company alone.
        TestFiles.Recognize("Rival Critical Metals Corp. (NASDAQ: CRML) filed a study.").Organisations.Select(o => o.Id).Should().Equal("critical-metals");
    }

    [Fact]
    public void A_place_of_a_country_can_lead_a_name()
    {
        var candidate = Candidates("Vietnam's state-run Lao Cai Kestrel Minerals JSC plans a separation plant.").Single();
        candidate.Name.Should().Be("Lao Cai Kestrel Minerals JSC");
        candidate.CountryCode.Should().Be("VN");
        Names("Inner Mongolia Kestrel Rare Earth Co said output rose.").Should().Equal("Inner Mongolia Kestrel Rare Earth Co");
        TestFiles.Recognize("Inner Mongolia Kestrel Rare Earth Co said output rose.").Countries.Should().BeEmpty();
    }

    [Fact]
    public void A_ministry_name_stops_before_a_company_joined_by_and()
    {
        Names("The Ministry of Commerce and Harrow Metals Corp met in Kazakhstan.")
            .Should().Equal("Ministry of Commerce", "Harrow Metals Corp");
        Names("The Ministry of Forests, Lands and Fisheries met in Kazakhstan.").Should().Equal("Ministry of Forests, Lands and Fisheries");
    }

    [Fact]
    public void A_known_ministry_followed_by_and_one_more_word_is_a_longer_body_name()
    {
        const string Text = "The Ministry of Mines and Energy said Harrow Metals Corp would export.";
        TestFiles.Recognize(Text).Organisations.Should().BeEmpty();
        Names(Text).Should().Equal("Ministry of Mines and Energy", "Harrow Metals Corp");
        // A known organisation or a longer capitalised name after "and" is another organisation.
        TestFiles.Recognize("The Ministry of Mines and IREL signed a deal.").Organisations.Select(o => o.Id)
            .Should().Equal("india-ministry-of-mines", "irel");
    }

    [Fact]
    public void A_formula_of_symbols_is_not_a_name_ending_in_Co()
    {
        Names("Tallgrass Metals Ltd makes Sm-Co magnets and Nd-Fe-B alloy.").Should().Equal("Tallgrass Metals Ltd");
        Names("Kestrel Trading Co said output rose.").Should().Equal("Kestrel Trading Co");
    }

    [Fact]
    public void Two_ministries_joined_by_and_are_two_names()
    {
        Names("The Ministry of Forests and Lands and the Ministry of Water and Fisheries met in Kazakhstan.")
            .Should().Equal("Ministry of Forests and Lands", "Ministry of Water and Fisheries");
    }

    [Fact]
    public void A_cue_noun_opening_a_sentence_cues_the_name_after_it()
    {
        Names("Prices rose. Regulator Ofvelo said it would review the deal.").Should().Equal("Ofvelo");
        Names("Prices rose. Miner Tarkine said output fell.").Should().Equal("Tarkine");
        Names("Prices rose. Exchange Rates moved. Group Sales fell.").Should().BeEmpty();
    }

    [Fact]
    public void Hospitals_and_clinics_are_bodies_and_St_dot_stays_in_the_name()
    {
        Names("Passengers were taken to St. Marrow Hospital.").Should().Equal("St. Marrow Hospital");
        Names("Dr Liu of Varrick Hospital and Dr Owen of the Aberlay Royal Infirmary told the tale.")
            .Should().Equal("Varrick Hospital", "Aberlay Royal Infirmary");
        Names("He went to the hospital, and the Tarrow Clinic said it would study the case.").Should().Equal("Tarrow Clinic");
    }

    [Fact]
    public void A_capitalised_The_in_running_text_is_part_of_the_name()
    {
        Names("Riders gathered during The Dassen Corp. event.").Should().Equal("The Dassen Corp.");
        Names("The Harrow Metals Corp said output rose.").Should().Equal("Harrow Metals Corp");
        Names("BERLIN The Varrick Space Agency said it would launch.").Should().Equal("Varrick Space Agency");
    }

    [Fact]
    public void The_Oval_Office_is_a_room_not_a_body()
    {
        Names("They met in the Oval Office with the Harrow Metals Corp chief.").Should().Equal("Harrow Metals Corp");
    }

    [Fact]
    public void Legal_forms_after_a_comma_a_dot_or_in_initials_stay_in_the_name()
    {
        Names("Quarrion Metals Co., Ltd. said output rose.").Should().Equal("Quarrion Metals Co., Ltd.");
        Names("Talbot Minerals, Inc. said output rose.").Should().Equal("Talbot Minerals, Inc.");
        Names("Tarvik Metals Sdn. Bhd. said output rose.").Should().Equal("Tarvik Metals Sdn. Bhd.");
        Names("Morrow Mining S.A. and Harlan Metals N.V. signed.").Should().Equal("Morrow Mining S.A.", "Harlan Metals N.V.");
        Names("Varrick Resources (Pty) Ltd said output rose.").Should().Equal("Varrick Resources (Pty) Ltd");
        Names("Quarrion Metals Corp., the miner, and Talbot Minerals Inc., Group CEO Jane Doe said.")
            .Should().Equal("Quarrion Metals Corp.", "Talbot Minerals Inc.");
    }

    [Fact]
    public void Descriptive_adjectives_opening_a_sentence_are_not_part_of_the_name()
    {
        Names("Former Quarrion Metals Ltd chief executive John Smith said output rose.").Should().Equal("Quarrion Metals Ltd");
        Names("Embattled Talbot Minerals Inc said it would sell assets.").Should().Equal("Talbot Minerals Inc");
    }

    [Fact]
    public void A_country_word_and_sector_words_closed_by_a_legal_form_are_a_company_name()
    {
        var found = Candidates("Moldovan Metals Corp and the Latvian Mining Co Ltd raised money.");
        found.Select(c => c.Name).Should().Equal("Moldovan Metals Corp", "Latvian Mining Co Ltd");
        found.Select(c => c.CountryCode).Should().Equal("MD", "LV");
        TestFiles.Recognize("Moldovan Metals Corp raised money.").Countries.Should().BeEmpty();
        Names("The Latvian Ministry said it would review the Latvian Mining permit.").Should().BeEmpty();
    }

    [Fact]
    public void The_first_word_of_a_known_organisation_written_in_the_text_is_its_short_form_not_a_candidate()
    {
        Names("Peak Rare Earths signed an offtake. Shenghe will take a 19.9% stake in Peak.").Should().BeEmpty();
        // Not named in full in the text: the cued name stays a candidate.
        Names("Shenghe will take a 19.9% stake in Quarrion.").Should().Equal("Quarrion");
    }

    [Fact]
    public void A_demonym_hyphened_to_the_next_word_is_part_of_the_name()
    {
        var found = Candidates("The plant is owned by Lao-Sino Rare Earth Development Co, a joint venture.");
        found.Select(c => c.Name).Should().Equal("Lao-Sino Rare Earth Development Co");
        found.Single().CountryCode.Should().Be("LA");
        Names("Canadian Tundra Metals Inc said output rose.").Should().Equal("Tundra Metals Inc");
    }

    [Fact]
    public void A_known_alias_a_place_and_a_legal_designator_name_a_unit_of_its_own()
    {
        var text = "Mkango Resources signed an agreement under which subsidiary Mkango Malawi Ltd will deliver 2,000 tonnes a year of carbonate.";
        Names(text).Should().Contain("Mkango Malawi Ltd");
        TestFiles.Recognize(text).Organisations.Select(o => o.Id).Should().Equal("mkango");
        TestFiles.Recognize(text).Tonnages.Single().SubjectName.Should().Be("Mkango Malawi Ltd");
        // The alias alone, or followed by a word that is no name, stays the known company.
        Names("Mkango Resources said Mkango will deliver 2,000 tonnes a year.").Should().BeEmpty();
    }

    [Fact]
    public void An_apposition_with_its_a_demonym_or_a_new_cue_noun_names_an_organisation()
    {
        Names("Kazatomprom drew on its experience with SARECO, its former joint venture with Sumitomo Corporation, which closed.")
            .Should().Contain("SARECO");
        Names("Tarvik, a Tanzanian explorer, holds a resource of 2 million tonnes.").Should().Equal("Tarvik");
        // A person described by a job stays no organisation.
        Names("Jordan Smith, a spokesman for the company, declined to comment.").Should().BeEmpty();
    }

    [Fact]
    public void The_capitalised_words_after_an_x_backed_name_the_backed_organisation()
    {
        Names("Carmaker-backed Velmora Drives India won 1,500 tonnes, while Dunmore Magnets secured 1,050 tonnes each.")
            .Should().Contain("Velmora Drives India");
        Names("Tata-backed Ferrovolt Motors won the largest allocation.").Should().Equal("Ferrovolt Motors");
        // A lower-case word after "-backed" names no organisation.
        Names("The state-backed refinery will process 2,000 tonnes a year.").Should().BeEmpty();
    }

    [Fact]
    public void The_name_after_run_by_or_operated_by_is_the_operating_organisation()
    {
        // A known alias and a place word with no designator, after "run by": the unit, not the known company.
        var text = "Mkango Resources plans a separation plant. The Pulawy plant, to be run by Mkango Polska, has a design capacity of 2,000 tonnes a year of oxides.";
        Names(text).Should().Contain("Mkango Polska");
        TestFiles.Recognize(text).Tonnages.Single().SubjectName.Should().Be("Mkango Polska");
        Names("Trevan Metals will build the plant, which will be operated by Trevan Bohemia, in 2027.").Should().Contain("Trevan Bohemia");
        // The alias alone after "run by" stays the known company.
        Names("The Pulawy plant, to be run by Mkango, will start in 2027.").Should().BeEmpty();
        // A unit noun right before the alias and the place word says the same.
        Names("That plant, run by subsidiary Mkango Polska, is designed to separate oxides.").Should().Contain("Mkango Polska");
        Names("The oxide is refined by Mkango Polska, a subsidiary, in Pulawy.").Should().Contain("Mkango Polska");
    }

    [Fact]
    public void A_distinctive_word_before_ports_names_a_port_operator()
    {
        Names("DARWIN, Australia - Tindal Ports' annual report shows 31,200 tonnes of concentrate were exported through the port.")
            .Should().Equal("Tindal Ports");
        // "Ports" after a demonym or a generic word alone is no name.
        Names("Chinese Ports handled more ore this year.").Should().BeEmpty();
    }

    [Fact]
    public void A_distinctive_word_before_GOK_names_a_russian_mining_combine()
    {
        // §75 (dev6 G19): "Its sole supplier, Lovozersky GOK in the Murmansk region, shipped 8,200 tonnes": GOK (gorno-obogatitelny
        // kombinat) ends the name of a mining and processing combine, which owns its shipment.
        var text = "Solikamsk Magnesium Works processed loparite. Its sole supplier, Tarnovsky GOK in the Murmansk region, shipped 6,100 tonnes of concentrate to Solikamsk over the period.";
        Names(text).Should().Contain("Tarnovsky GOK");
        TestFiles.Recognize(text).Tonnages.Single(t => t.Min == 6_100).SubjectName.Should().Be("Tarnovsky GOK");
        // "GOK" alone is no name.
        Names("The GOK shipped more ore this year.").Should().BeEmpty();
    }
    [Fact]
    public void A_known_alias_and_a_place_word_in_apposition_with_a_unit_noun_name_the_unit()
    {
        // §83 (dev7 H18): "Mkango Polska, its Polish subsidiary," was read as the candidate "Polska".
        var text = "Iluka Resources said Iluka Arabia, its Saudi subsidiary, will build a refinery able to produce 4,000 tonnes a year of separated oxides.";
        Names(text).Should().Equal("Iluka Arabia");
        TestFiles.Recognize(text).Tonnages.Single().SubjectName.Should().Be("Iluka Arabia");
        Names("Neo Performance Materials said Neo Sillamae, the Estonian arm of the group, separated 2,400 tonnes of oxides.")
            .Should().Equal("Neo Sillamae");
        // The alias alone in the apposition stays the known company.
        Names("Iluka Resources said Iluka, the Australian miner, will build a refinery.").Should().BeEmpty();
    }

    [Fact]
    public void A_last_International_after_sector_words_ends_the_name_and_a_known_first_word_stays_the_known_company()
    {
        // §83 (dev7 H35): "its Belfast subsidiary, Ionic Technologies International," was cut to "Ionic Technologies", and a
        // later "Ionic's Makuutu project" went to the unit though "Ionic Rare Earths" is the known parent.
        var text = "Ionic Rare Earths Limited reports that its Belfast subsidiary, Korvane Technologies International, has produced 10 kilograms of dysprosium oxide.";
        Names(text).Should().Equal("Korvane Technologies International");
        var parent = "Ionic Rare Earths Limited said its subsidiary, Ionic Technologies International, will recycle magnets. Ionic's Makuutu project has a resource of 532 million tonnes.";
        Names(parent).Should().Equal("Ionic Technologies International");
        TestFiles.Recognize(parent).Tonnages.Single().SubjectName.Should().NotBe("Ionic Technologies International");
    }

    [Fact]
    public void One_capitalised_word_ending_in_bank_names_a_bank()
    {
        // §83 (dev7 H20): "The $268 million project is financed partly by Afreximbank" named no candidate.
        Names("The project is financed partly by Norvexbank and a consortium of lenders.").Should().Equal("Norvexbank");
        Names("Kibo Minerals Ltd secured a guarantee from Talmerbank for the mine.").Should().Contain("Talmerbank");
        // Near misses: a common noun ending in "bank", or such a word opening a sentence.
        Names("Erosion of the riverbank and a Sandbank near the port delayed road works.").Should().BeEmpty();
        Names("Riverbank erosion near the site has delayed road works.").Should().BeEmpty();
        // A place: "the Eastbank entertainment giant", "in Eastbank".
        Names("Problems began when the Eastbank entertainment giant launched its service in Eastbank last week.").Should().BeEmpty();
    }

    [Fact]
    public void A_company_with_a_legal_form_opening_a_headline_or_its_part_after_a_dash_is_a_candidate()
    {
        // §88 (dev8 J05): "Letter from the Chairman - VHM Limited Annual Report 2026" named the company only in its headline,
        // which the candidate finder skipped, so the letter's "we"/"our" figures had no subject.
        var letter = "Letter from the Chairman - Korrabin Minerals Limited Annual Report 2026\nDear fellow shareholders,\nThis year we produced 9,000 tonnes of rare earth concentrate.";
        Names(letter).Should().Equal("Korrabin Minerals Limited");
        TestFiles.Recognize(letter).Tonnages.Single().SubjectName.Should().Be("Korrabin Minerals Limited");
        Names("Tellwick Rare Earths Ltd Q3 2026 Earnings Call Transcript\nOperator: Welcome to the call.\nChief Executive: We produced 1,240 tonnes of NdPr oxide.")
            .Should().Equal("Tellwick Rare Earths Ltd");
        // Near misses: sector words without a legal form, and a name that does not open the headline or a part of it.
        Names("Letter from the Chairman - Korrabin Minerals Annual Report 2026\nDear fellow shareholders,\nWe produced 9,000 tonnes.").Should().BeEmpty();
        Names("Quarterly Report Shows Korrabin Minerals Limited Output Rising\nThe company produced 9,000 tonnes.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("The bulk carrier MV Lake Chilwa sailed from Nacala on Tuesday with 4,820 tonnes of monazite concentrate.")]
    [InlineData("Baotou, home to the giant Bayan Obo deposit, aims to become a rare earth base.")]
    [InlineData("The concentrate was railed to the port on the Nacala Logistics corridor.")]
    public void A_ships_name_or_a_place_that_a_place_noun_follows_is_no_candidate(string text)
    {
        // dev10 L13, L23: a ship ("MV ...", "the bulk carrier ..."), a deposit and a transport corridor were kept as organisations.
        Names(text).Should().BeEmpty();
    }

    [Fact]
    public void A_company_named_before_its_own_assets_is_still_a_candidate()
    {
        Names("Tarvik Mining Ltd said its Kolwe deposit holds 12 Mt of ore.").Should().Equal("Tarvik Mining Ltd");
    }

    [Fact]
    public void A_name_in_apposition_to_a_company_noun_is_a_candidate()
    {
        // dev10 L35: "The largest operator, Phongsaly Mineral Development, holds a provincial permit" named a company without a
        // legal form; the company noun before it says what it is.
        Names("The largest operator, Phongsaly Mineral Development, holds a provincial permit to mine clay.").Should().Equal("Phongsaly Mineral Development");
        Names("The company's chairman, John Kestrel Smith, said the permit was granted.").Should().BeEmpty();
    }

    [Fact]
    public void A_university_beside_the_one_company_does_not_take_the_companys_figures()
    {
        const string Text = "Brackwater Recycling Ltd ran a pilot campaign with the Kessington University. "
                            + "On the basis of the results the full-scale line is designed to treat 350 t of magnet scrap per year.";
        TestFiles.Recognize(Text).Tonnages.Should().ContainSingle().Which.SubjectName.Should().Be("Brackwater Recycling Ltd");
    }

    [Fact]
    public void A_document_number_and_the_title_of_a_scheme_are_no_organisations()
    {
        // dev15 S23 and S29: "MIIT Raw Materials [2026] No. 123", "the Scheme to Promote Manufacturing of Sintered Rare Earth
        // Permanent Magnets".
        Names("The ministry issued the notice (MIIT Raw Materials [2026] No. 123) on Friday.").Should().NotContain(n => n.Contains("Raw Materials"));
        Names("Under the Scheme to Promote Manufacturing of Sintered Rare Earth Permanent Magnets, five makers were selected.").Should().BeEmpty();
        // Found using the app on a quota notice: "the Interim Measures for the Total Quantity Control of Rare Earth Mining".
        Names("In accordance with the Interim Measures for the Total Quantity Control of Rare Earth Mining and Smelting, the quota is issued.").Should().BeEmpty();
        // Near miss: a company named after "of" outside a title is kept.
        Names("The board of Harlow Rare Earths Ltd approved the plan.").Should().Equal("Harlow Rare Earths Ltd");
    }

    [Fact]
    public void A_letterhead_line_of_a_long_company_name_and_its_listing_is_a_candidate()
    {
        // dev15 S09 (release37): "Dampier Ridge Rare Earths Limited (ASX: DRR)" over "Quarterly Activities Report ..." was no
        // candidate (four words before the legal form, one more than a headline allows), so the report's figures had no subject.
        const string Text = "Kestrel Ridge Rare Earths Limited (ASX: KRR)\nQuarterly Activities Report for the quarter ended 30 September 2026\n"
                            + "The Mineral Resource totals 18.2Mt for 21,400 tonnes of contained TREO.";
        Names(Text).Should().Equal("Kestrel Ridge Rare Earths Limited");
        TestFiles.Recognize(Text).Tonnages.Should().OnlyContain(t => t.SubjectName == "Kestrel Ridge Rare Earths Limited");
        // Near miss: a headline that ends in a company's name, with no listing after it, takes no headline words into a name.
        Names("Record Output Lifts Kestrel Ridge Limited\nThe Mineral Resource totals 18.2Mt.").Should().BeEmpty();
    }
}
