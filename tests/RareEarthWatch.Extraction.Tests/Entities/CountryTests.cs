using RareEarthWatch.Extraction.Metadata;

namespace RareEarthWatch.Extraction.Tests.Entities;

public sealed class CountryTests
{
    private static List<string> Codes(string text, ArticleMetadata? metadata = null) =>
        TestFiles.Recognizer.Recognize(text, metadata ?? ArticleMetadata.Empty).Countries.Select(c => c.Code).ToList();

    [Theory]
    [InlineData("Ships crossed the Indian Ocean.", "")]
    [InlineData("Romania and Somalia signed.", "RO,SO")]
    [InlineData("Papua New Guinea exported ore.", "PG")]
    [InlineData("Nigeria exported ore.", "NG")]
    [InlineData("Mines in New South Wales reopened.", "AU")]
    [InlineData("Baotou in Inner Mongolia is the hub.", "CN")]
    [InlineData("The US and the U.S.-based firm let us know.", "US")]
    [InlineData("South China Morning Post reported it.", "")]
    [InlineData("Americans and Japanese buyers met.", "US,JP")]
    [InlineData("VAC made magnets in its Slovakian plant.", "SK")]
    [InlineData("Example Fuels (TSX: EXF; NYSE-American: EXFF) shares rose on the NYSE American.", "")]
    public void Names_abbreviations_demonyms_and_blockers(string text, string expected)
    {
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("\"Supply is tight,\" said Liam English, an analyst.", "")]
    [InlineData("Anna French said the plant would open in May.", "")]
    [InlineData("English buyers and French firms signed.", "GB,FR")]
    [InlineData("The Chinese said no.", "CN")]
    [InlineData("Sales slowed around Chinese New Year.", "")]
    [InlineData("North American and Latin American carmakers signed, according to an English-language statement.", "")]
    [InlineData("Central American and South American buyers met.", "")]
    [InlineData("Tokyo-based Harrow Metals Corp signed.", "")]
    [InlineData("TOKYO - Harrow Metals Corp signed.", "JP")]
    [InlineData("Harrow Metals Corp (ASX: CAR) and Telmar Corp (MP.US) rose.", "")]
    [InlineData("The U.S. and the UK signed.", "US,GB")]
    public void Surnames_regions_holidays_languages_datelines_and_tickers_are_not_countries(string text, string expected)
    {
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("Georgia approved a new plant near Atlanta.", "")]
    [InlineData("Jordan said the deal was done.", "")]
    [InlineData("Chad Smith leads the company.", "")]
    [InlineData("Prices for turkey rose.", "")]
    [InlineData("Guinea bauxite exports rose.", "")]
    [InlineData("Korean buyers were cautious.", "KR")]
    [InlineData("The Korean War ended in 1953.", "")]
    [InlineData("The company's Chinese-language website went live.", "")]
    [InlineData("The filing, in Japanese, was short.", "")]
    [InlineData("He met them at the Canada Goose store near the Mexico Beach resort.", "")]
    [InlineData("Congolese miners protested.", "")]
    [InlineData("Armenia, Georgia and Azerbaijan signed.", "AM,GE,AZ")]
    [InlineData("The delegates met in Ankara, Turkey, on Monday.", "TR")]
    [InlineData("The smelter near Conakry, Guinea, restarted.", "GN")]
    [InlineData("The plant near Atlanta, Georgia, restarted.", "")]
    [InlineData("The fair in Ankara, Jordan said, was a success.", "")]
    [InlineData("South Korea is a buyer. Korean firms signed.", "KR")]
    [InlineData("Niger exported uranium to France, Chad and Mali.", "FR,TD,ML")]
    public void Ambiguous_words_need_context_or_are_left_out(string text, string expected)
    {
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Dateline_counts_only_in_dateline_position()
    {
        Codes("NEW DELHI (Reuters) - The miner said output rose.").Should().Equal("IN");
        Codes("Reuters NEW DELHI The miner said output rose.").Should().Equal("IN");
        Codes("SINGAPORE: Output rose.").Should().Equal("SG");
        Codes("The miner met buyers in Tokyo and Perth.").Should().BeEmpty();
    }

    [Fact]
    public void Dateline_city_from_metadata_counts()
    {
        Codes("The miner said output rose.", new ArticleMetadata { DatelineCity = "Tokyo" }).Should().Equal("JP");
    }

    [Fact]
    public void One_entry_per_country_with_all_its_evidence()
    {
        var entities = TestFiles.Recognize("India exports sand. Indian buyers pay. India's miner grows.");
        entities.Countries.Should().ContainSingle().Which.Evidence.Should().HaveCount(3);
    }

    [Theory]
    [InlineData("CLEVELAND, Ohio – The band will tour in 2020.")]
    [InlineData("ST. JOSEPH, Mich. (AP) — Health authorities reported a sixth case.")]
    public void City_and_state_dateline_gives_the_country(string text) =>
        TestFiles.Recognize(text).Countries.Select(c => c.Code).Should().Equal("US");

    [Theory]
    [InlineData("KINGSTON, Ontario -- Harrow Metals Corp opened a recycling hub.", "CA")]
    [InlineData("LONDON, Ont. (CP) - Harrow Metals Corp opened a recycling hub.", "CA")]
    [InlineData("PERTH, Western Australia - Harrow Metals Corp restarted the mill.", "AU")]
    [InlineData("KINGSTON - Harrow Metals Corp opened a recycling hub.", "JM")]
    [InlineData("KINGSTON, Ontario, Nov 17 - Harrow Metals Corp opened a recycling hub.", "CA")]
    [InlineData("PERTH, Western Australia, Oct. 30, 2026 -- Harrow Metals Corp restarted the mill.", "AU")]
    [InlineData("LONDON, Nov 20 (Reuters) - Harrow Metals Corp opened a recycling hub.", "GB")]
    public void A_state_or_province_after_a_capital_in_the_dateline_decides_the_country(string text, string code) =>
        TestFiles.Recognize(text).Countries.Select(c => c.Code).Should().Equal(code);

    [Theory]
    [InlineData("Licence delays cut exports for a second month.\n\nBEIJING, Nov 7 (Reuters) - Harrow Metals Corp said its shipments fell.", "CN")]
    [InlineData("Harrow Metals lifts output\nHANOI, Nov 23 (Reuters) - Harrow Metals Corp said its plant ran at full rate.", "VN")]
    [InlineData("Harrow Metals lifts output at its plant\n\nTOKYO - Harrow Metals Corp said its plant ran at full rate.", "JP")]
    [InlineData("Harrow Metals to triple capacity\nChennai: Harrow Metals Corp will raise its processing capacity.", "IN")] // dev14 R20
    [InlineData("Ministry launches block auctions\nNew Delhi: The Ministry of Mines on Monday launched an auction.", "IN")] // dev14 R38
    public void A_dateline_after_a_short_standfirst_line_gives_its_country(string text, string code) =>
        TestFiles.Recognize(text).Countries.Select(c => c.Code).Should().Equal(code);

    [Theory]
    [InlineData("Harrow Metals lifts output\n\nParis is where Harrow Metals Corp will build its recycling plant, it said.")]
    [InlineData("Harrow Metals lifts output\n\nTOKYO Electron is a customer of Harrow Metals Corp.")]
    [InlineData("Harrow Metals lifts output\n\nParis, it said, is where Harrow Metals Corp will build its plant.")]
    public void A_city_opening_the_second_paragraph_without_dateline_punctuation_is_no_dateline(string text) =>
        TestFiles.Recognize(text).Countries.Should().BeEmpty();

    [Fact]
    public void A_state_in_running_text_is_not_a_country() =>
        TestFiles.Recognize("Teachers rallied in Ohio, Michigan and Pennsylvania.").Countries.Should().BeEmpty();

    [Theory]
    [InlineData("PERTH — Harrow Metals Corp said on Monday it had restarted the mill.", "Perth")]
    [InlineData("SAO PAULO - Harrow Metals Corp said it would build a plant.", "Sao Paulo")]
    [InlineData("NEW DELHI, Aug 14 (Reuters) - India will set a quota.", "New Delhi")]
    [InlineData("ASX ANNOUNCEMENT - Harrow Metals Corp is pleased to report.", null)]
    [InlineData("Perth-based Harrow Metals Corp restarted the mill.", null)]
    public void The_city_of_an_opening_dateline_is_reported(string text, string? city) =>
        TestFiles.Recognizer.Recognize(text, ArticleMetadata.Empty).DatelineCity.Should().Be(city);

    [Theory]
    [InlineData("She grew up in Amman, Jordan, before moving to work in mining.", "JO")]
    [InlineData("The team trained on St. Thomas in the U.S. Virgin Islands last winter.", "VI")]
    public void A_city_comma_country_and_a_territory_named_with_its_owner(string text, string code) =>
        TestFiles.Recognize(text).Countries.Select(c => c.Code).Should().Equal(code);

    [Theory]
    [InlineData("Harrow Metals Corp raised US$40 million for its Kestrel plant.", "")]
    [InlineData("The Kestrel plant costs HK$90 million, Harrow Metals Corp said.", "")]
    [InlineData("Oxide is priced in US dollars, and U.S. dollar strength weighed on sales.", "")]
    [InlineData("The US bought oxide worth US$12 million.", "US")]
    public void A_currency_written_with_a_country_abbreviation_is_not_the_country(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Harrow Metals Corp runs a separation plant in Lao Cai province.", "VN")]
    [InlineData("Lao officials and Thai buyers met in Vientiane.", "LA,TH")]
    public void Lao_Cai_is_a_Vietnamese_province_not_Laos(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Harrow Metals Corp won a loan from the U.S. International Development Finance Corporation.", "")]
    [InlineData("The US Geological Survey said output rose at Harrow Metals Corp.", "")]
    [InlineData("The U.S. Department of Defense signed with Harrow Metals Corp.", "US")]
    public void A_country_word_in_the_bodys_own_canonical_name_is_not_a_mention(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Traders in neighbouring Niger sought the same terms from Harrow Metals Corp.", "NE")]
    [InlineData("Buyers from neighboring Georgia visited the Harrow Metals Corp plant.", "GE")]
    [InlineData("Barges on the Niger carried Harrow Metals Corp concentrate.", "")]
    public void A_context_term_after_neighbouring_is_a_country(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Harrow Metals Corp reports under US GAAP and U.S. GAAP rules.", "")]
    [InlineData("Harrow Metals Corp reports under US GAAP and sells in the US.", "US")]
    public void An_accounting_standard_is_not_the_country(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Qarvel Metals JSC, a joint venture with a Korean partner, plans a plant.", "KR")]
    [InlineData("North Korea tested a missile while Korean buyers met Qarvel Metals JSC.", "KP")]
    [InlineData("Korean War veterans met in North Korean waters.", "KP")]
    public void Bare_Korean_is_South_Korea_unless_the_text_names_North_Korea(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("The Lexus LC will go on sale in summer. Considering how Lexus Philippines offers most models locally, it may arrive.", "")]
    [InlineData("Sales of Vantor cars rose. Vantor India said it would add a plant.", "")]
    [InlineData("Vantor exports cars to India. In March India bought more.", "IN")]
    [InlineData("Prices fell on Monday. Buyers said Monday Japan would cut orders.", "JP")]
    [InlineData("Western buyers and South Korean firms met Harrow Metals Corp, which mines in Western Australia.", "KR,AU")]
    [InlineData("The EU said the EU-China summit would go ahead.", "CN")]
    public void A_country_name_after_a_brand_the_text_writes_alone_is_the_brands_local_unit(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Swift will perform at the 2019 American Music Awards in Los Angeles.", "")]
    [InlineData("She taught at the American University of Kabul before the war.", "")]
    [InlineData("The Australian Open starts in January, and Chinese buyers met American officials.", "CN,US")]
    public void A_demonym_opening_an_event_award_or_campus_name_is_not_the_country(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Passengers on Japan Airlines flights were delayed, and Singapore Airlines Ltd added seats.", "")]
    [InlineData("Brazilian Rare Earths said its Harrow deposit grew.", "")]
    [InlineData("Brazilian buyers and the Japan Energy Secretary met Harrow Metals Corp.", "BR,JP")]
    [InlineData("The Bank of Japan kept rates unchanged; the Reserve Bank of India cut them.", "")]
    [InlineData("The bank of Japan's biggest river.", "JP")]
    [InlineData("India Inc's capital spending rose.", "IN")]
    public void A_country_word_that_opens_a_company_name_or_closes_a_bank_name_is_not_the_country(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Harrow Metals Corp has a project in British Columbia.", "CA")]
    [InlineData("Ships in the Sea of Japan and the Gulf of Mexico were delayed.", "")]
    [InlineData("Harrow Metals Corp held a Dutch auction and kept a Chinese wall between desks.", "")]
    public void Seas_and_idioms_holding_a_country_word_are_not_the_country_and_a_province_is_its_own(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Talvik Magnetics Inc will build a plant in Lebanon, Tennessee, the company said.", "")]
    [InlineData("The refiner looked at sites in Peru, Ill., and Poland, Ohio, before choosing Nevada.", "")]
    [InlineData("A second startup weighed Panama City, Florida, for its plant.", "")]
    [InlineData("Buyers in Mexico, Texas and California ordered more magnets.", "MX")]
    [InlineData("Armenia, Georgia and Azerbaijan signed the corridor deal.", "AM,GE,AZ")]
    [InlineData("Talvik Magnetics Inc ships to Peru, the company said.", "PE")]
    public void A_country_name_before_a_state_or_province_of_another_country_is_a_town_there(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Talvik Magnetics Inc hired a Peruvian-born metallurgist as chief executive.", "")]
    [InlineData("Its founder, who is Canada-born, joined from a bank.", "")]
    [InlineData("Talvik Magnetics Inc imported Chinese-origin magnets and hired a French-born chemist.", "CN")]
    [InlineData("Hong Kong-listed Talvik Metals Ltd and Australia-listed Harrow Mining Corp rose.", "")]
    [InlineData("Talvik Metals Ltd sold its US-quoted shares and bought ore from Australia.", "AU")]
    public void A_persons_birthplace_and_the_market_of_a_listing_are_not_countries_of_the_story(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Talvik Magnetics Inc shares rose as the Australian dollar weakened.", "")]
    [InlineData("The miner reports in Canadian dollars, and the Philippine peso and Swiss franc fell.", "")]
    [InlineData("The New Zealand dollar rose against the Japanese yen.", "")]
    [InlineData("Brazilian real estate groups and Australian buyers met.", "BR,AU")]
    [InlineData("The Brazilian real and the South Korean won fell. ($1 = 83.2 Indian rupees)", "")]
    [InlineData("Canadian dollar-denominated bonds were sold to Canadian investors.", "CA")]
    public void A_currency_named_by_a_country_word_is_not_the_country(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Its Thai-language ads and the Malay language site ran for months.", "")]
    [InlineData("Thai buyers met Talvik Metals Ltd.", "TH")]
    public void A_demonym_before_language_is_the_language_not_the_country(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Economists warned of Dutch disease as Talvik Metals Ltd exports grew.", "")]
    [InlineData("The sanctions were Swiss cheese, and the structure of Russian dolls hid the owner.", "")]
    [InlineData("Dutch buyers and Russian officials met.", "NL,RU")]
    public void Idioms_holding_a_demonym_are_not_the_country(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Talvik Metals Ltd will mine in Kazakhstan, said Mia Tan, an analyst at Harrow Research in Singapore.", "KZ")]
    [InlineData("Analysts at Harrow & Co in Hong Kong said Talvik Metals Ltd would sell ore to India.", "IN")]
    [InlineData("A Singapore-based metals analyst said prices would rise in Japan.", "JP")]
    [InlineData("Traders in China said prices rose, and Talvik Metals Ltd opened an office in Singapore.", "CN,SG")]
    public void Where_a_quoted_analyst_sits_is_not_a_country_of_the_story(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Analysts at National Moldova Bank and the Latvia Construction Bank raised forecasts.", "")]
    [InlineData("Moldova and Latvia Banking Group arranged the loan.", "")]
    [InlineData("A bank in Moldova lent money, and Latvia's banks followed.", "MD,LV")]
    public void A_country_word_inside_a_banks_name_is_not_the_country(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Talvik Metals Ltd makes magnets.\n\nABOUT US\n\nFor more, CONTACT US or FOLLOW US online.", "")]
    [InlineData("Its 256 GB data logger recorded output.", "")]
    [InlineData("Talvik Metals Ltd worried about US tariffs and UK rules.", "US,GB")]
    [InlineData("CHINA HALTS MAGNET EXPORTS TO US", "CN,US")]
    public void A_capital_pronoun_or_a_unit_after_a_number_is_not_a_country_abbreviation(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void A_country_in_a_press_releases_securities_legend_is_not_a_country_of_the_story()
    {
        const string Text = "Talvik Rare Metals Corp. drilled its project in Greenland. "
            + "The securities have not been registered under the United States Securities Act of 1933 and may not be offered or sold in the United States. "
            + "This release contains forward-looking information within the meaning of Canadian securities laws.";
        Codes(Text).Should().Equal("GL");
        Codes("Talvik Rare Metals Corp. will sell ore to the United States and Canada.").Should().BeEquivalentTo("US", "CA");
        Codes("Its forward-looking plan is to sell ore to Japan.").Should().Equal("JP");
    }

    [Theory]
    [InlineData("Talvik Metals Ltd appointed Ms. Israel Adams and Mr India Walker to its board.", "")]
    [InlineData("\"Our subsoil is open to partners,\" deputy industry minister Iran Sharkhan told reporters.", "")]
    [InlineData("A Liberian-flagged bulk carrier took the ore through the Taiwan Strait.", "")]
    [InlineData("Talvik Metals Ltd shipped ore from Liberia to Taiwan.", "LR,TW")]
    public void A_given_name_a_ships_flag_and_a_strait_are_not_countries_of_the_story(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("The family-run Moldovan restaurant on Elm Street serves a Latvian salad and Belgian waffles.", "")]
    [InlineData("She ordered Estonian takeout, then baked bread in a Dutch oven and went to an Irish pub.", "")]
    [InlineData("The shop sells Estonian knives and Latvian linen imported from Riga.", "EE,LV")]
    [InlineData("Moldovan restaurants reopened, and Moldovan exporters shipped wine to Latvia.", "MD,LV")]
    public void A_demonym_before_a_food_or_an_eating_place_is_a_cuisine_not_the_country(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("The bakery in Little Estonia reopened, and rents rose in Little Moldova.", "")]
    [InlineData("Its owner moved from Estonia to open the bakery.", "EE")]
    public void A_country_name_after_Little_is_a_neighbourhood(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Moldova Mayor Ann Reyes said Latvia Township and Estonia, the Harlow County seat, lost power.", "")]
    [InlineData("Residents of Latvia, in Clay County, were told to boil water.", "")]
    [InlineData("The storm hit Latvia, the third town in a week, and then Estonia.", "LV,EE")]
    public void A_country_name_with_a_mayor_township_or_county_is_a_town(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Danny Latvia, 34, was charged on Tuesday.", "")]
    [InlineData("Estonia Williams, a 19-year-old qualifier, reached the third round.", "")]
    [InlineData("Actor Tom Moldova and singer Estonia Moore arrived, with Nina Latvia (29).", "")]
    [InlineData("Moldova Ross, who won in Latvia, will defend the title.", "LV")]
    [InlineData("Latvia, 34, and Estonia, 12, led the medal table; Moldova, which trailed, won gold.", "LV,EE,MD")]
    public void A_country_name_in_a_persons_name_told_by_an_age_or_a_role_is_not_the_country(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("The Estonian-American author and Latvian American voters met.", "US")]
    [InlineData("Many Moldovan-Americans live in Ohio.", "US")]
    [InlineData("Estonian-American trade talks and the Latvian-American Treaty were signed.", "EE,US,LV")]
    public void A_demonym_before_American_is_a_heritage_unless_two_countries_deal(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("A Great Dane won the show, and the Cleveland Indians visited the Indian Health Service clinic.", "")]
    [InlineData("Traffic in the Holland Tunnel and on the Russian River slowed; Pennsylvania Dutch farmers sold Japanese maples.", "")]
    [InlineData("INDIANAPOLIS — The storm moved east overnight.", "US")]
    public void General_news_places_teams_and_breeds_named_after_countries_are_not_countries(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Estonia Gooding Jr. will star in the film.", "")]
    [InlineData("In Latvia, about 70 miles north of Indianapolis, a tornado damaged the courthouse.", "")]
    [InlineData("Talvik Metals Ltd drills in Peru, 300 km south of Lima, and ships ore to Latvia.", "PE,LV")]
    public void A_person_with_Jr_and_a_town_placed_near_a_city_of_another_country_are_not_the_country(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("The Times of Israel and France 24 reported the India Pale Ale won; a French bulldog slept by the Turkish bath.", "")]
    public void News_outlets_beer_dog_breeds_and_baths_named_after_countries_are_not_countries(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("The article is available in Estonian and Latvian versions, and its Moldovan translation sold well.", "")]
    [InlineData("An Estonian teacher gave Latvian lessons, and Moldovan buyers ordered magnets.", "MD")]
    public void A_demonym_before_a_noun_of_language_learning_or_translating_is_the_language(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("The site was founded by Tom Latvia, the co-founder, and the Estonian-American CEO of Talvik Metals Ltd agreed.", "US")]
    [InlineData("Like Latvia, the United States buys magnets. Outside Estonia, the only producer is Talvik Metals Ltd.", "LV,US,EE")]
    [InlineData("Unlike Moldova, who qualified, Latvia lost.", "MD,LV")]
    [InlineData("The Estonian-American Chamber of Commerce met, and an English bulldog slept through Greek life week.", "EE,US")]
    [InlineData("Latvia, the smallest buyer, and Talvik Metals Ltd met.", "LV")]
    public void A_surname_with_an_appositive_and_heritage_before_a_title_are_not_the_country(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Kenya Talbrook said the show would return, and Chad Merriweather scored twice.", "")]
    [InlineData("Nina Ireland praised the film, and Rob Holland and Mara Quist were seen at the party.", "")]
    [InlineData("Israel Vantrell will fight next month, and Lea Holland's new film opens in May.", "")]
    [InlineData("Kenya said exports rose, and Ireland praised the deal.", "KE,IE")]
    [InlineData("Kenya Airways said flights to Kenya resumed.", "KE")]
    public void A_country_word_known_as_a_given_name_or_surname_before_a_verb_is_a_person(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Latvian Air said bookings rose, Air Estonia cut fares and the iShares MSCI Moldova ETF fell.", "")]
    [InlineData("The Estonian Air Force flew over Latvia, and Latvian Air Lines added flights.", "EE,LV")]
    public void A_country_word_in_an_airline_or_a_funds_name_is_not_the_country(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Read the English version or the Estonian edition; the staff speak Latvian.", "")]
    [InlineData("Pupils learn Mandarin, Estonian and Latvian, and graduates teach Moldovan in Riga.", "")]
    [InlineData("They studied Estonian export data and met Latvian buyers.", "EE,LV")]
    public void A_demonym_as_a_version_edition_or_after_a_verb_of_speaking_or_learning_is_the_language(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("The Church of Latvia, the Church of Northern Estonia and the Moldovan Orthodox Church welcomed the Lithuanian Apostolic envoy.", "")]
    [InlineData("Churches in Latvia closed, and Estonian officials met.", "LV,EE")]
    public void A_country_word_in_a_churchs_name_or_before_a_rite_is_not_the_country(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Latvia won the match 2-1, Estonia won gold and Ghana won 3-0.", "LV,EE,GH")]
    [InlineData("The South Korean won fell against the dollar.", "")]
    public void Won_after_a_country_name_is_the_verb_not_the_currency(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Cases of German measles and Hong Kong flu rose, and Norwegian Cruise Line cancelled a sailing.", "")]
    public void Diseases_and_a_cruise_line_named_after_countries_are_not_countries(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Officials want a Latvian-style export licence and an Estonia-style stockpile, and Moldovan-speaking workers struck.", "")]
    [InlineData("Latvian-owned and Estonian-made furnaces arrived, and the Moldova-based trader bought them.", "LV,EE,MD")]
    public void A_country_word_glued_to_style_or_speaking_is_a_comparison_or_a_language(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("The Peruvian sol firmed, the Mongolian tugrik fell, the Malagasy ariary and the Angolan kwanza held, and the UAE dirham was steady.", "")]
    [InlineData("Peruvian miners and Mongolian herders met UAE officials.", "PE,MN,AE")]
    public void A_country_word_before_a_currency_name_is_the_currency(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Inner Mongolian smelters cut output.", "CN")]
    [InlineData("Mongolian herders protested.", "MN")]
    public void Inner_Mongolian_is_a_Chinese_region_like_Inner_Mongolia(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Its American depositary receipts and American Depositary Shares fell, China clay producers cut output and the Indian subcontinent has beach sands.", "")]
    [InlineData("Chinese clay deposits and American buyers.", "CN,US")]
    public void Depositary_receipts_china_clay_and_the_Indian_subcontinent_are_not_countries(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Talvik Metals (Latvia) Pte Ltd bought the cargo, and Orsk Rare Earths (Estonia) Sdn Bhd sold it.", "")]
    [InlineData("Talvik Metals Ltd (Latvia) bought the cargo from suppliers (Estonia and Moldova).", "LV,EE,MD")]
    public void A_country_in_brackets_before_a_legal_form_is_part_of_a_units_registered_name(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("The Latvia Rare Earth Industry Association, the Estonian Iron and Steel Federation and the Moldova Chamber of Mines said prices rose.", "")]
    [InlineData("The Minerals Council of Latvia and the Rare Earth Industry Association of Estonia said prices rose.", "")]
    [InlineData("Latvia Rare Earth Industry said prices rose, Estonian industry associations complained and the Council of Moldova met.", "LV,EE,MD")]
    public void A_country_word_inside_an_industry_bodys_name_is_not_the_country(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("The oxide meets GB/T 4137-2015 and GB 26451, the Latvian Industrial Standard LIS 12 and Estonian Standards.", "")]
    [InlineData("The call starts at 9am Latvia Standard Time, or 10am Estonian Eastern Daylight Time; ore was 2,000 short tons (US).", "")]
    [InlineData("The UK 2030 plan and the Latvian standard of living rose, and Estonian Industrial output fell.", "GB,LV,EE")]
    public void Standards_their_codes_time_zones_and_unit_systems_named_after_countries_are_not_countries(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Guinea's bauxite exports rose.", "GN")]
    [InlineData("Niger's uranium output fell and Turkey's state miner grew.", "NE,TR")]
    [InlineData("Jordan's remarks, Chad's goal and Georgia's governor drew attention; Guinea pigs and Niger River barges too.", "")]
    public void A_context_required_country_name_in_the_possessive_is_the_country(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Shares rose on the Latvia Exchange, the Estonian Stock Exchange, the Stock Exchange of Moldova and Bursa Malaysia.", "")]
    [InlineData("Latvian exchange data showed Estonia's exports rose.", "LV,EE")]
    public void A_country_word_inside_an_exchanges_name_is_not_the_country(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Vietnamese miner Thai Duong Group produced 2,300 tonnes. Thai Duong shipped 1,800 tonnes of that concentrate to China.", "VN,CN")]
    [InlineData("Thai Duong Group produced 2,300 tonnes, and Thai buyers took 500 tonnes.", "TH")]
    public void A_country_word_starting_a_short_form_of_an_organisation_named_in_the_text_is_not_the_country(string text, string expected) =>
        Codes(text).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));
}
