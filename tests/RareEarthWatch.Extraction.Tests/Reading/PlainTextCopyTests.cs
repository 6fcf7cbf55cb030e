using System.Text;
using RareEarthWatch.Extraction.MainText;

namespace RareEarthWatch.Extraction.Tests.Reading;

/// <summary>
/// A page copied as text with everything the browser selected: skip links, menus, share words, the byline and stamp,
/// an advert, a photo caption, "Read more" teasers, comments and the footer. Only the story stays.
/// </summary>
public sealed class PlainTextCopyTests
{
    private const string Copy = """
        Skip to main content
        Home | Markets | Mining | Energy | Opinion
        Subscribe   Sign in
        Search

        MINING
        Harrow Metals opens Estonia magnet plant
        By Jane Doe, Mining Correspondent
        September 19, 2025 8:41 AM GMT+2 · Updated 3 hours ago
        Share   Tweet   Email   Print
        Harrow Metals opened its rare earth magnet plant in Narva, Estonia, on Friday, the first large-scale sintered magnet factory in Europe.

        The plant will initially make 2,000 tonnes of magnets a year, enough for about 1.5 million electric vehicles, the company said.
        ADVERTISEMENT
        Chief executive Rahim Suleman said the company planned to raise capacity to 5,000 tonnes a year by 2030.
        Photo: The Narva plant. (Harrow Metals)
        Read more:
        China tightens rare earth export rules
        EU unveils critical minerals plan
        Our Standards: The Trust Principles.
        12 comments
        Mike77: great news for Europe!
        Reply · Like
        Most Read
        1. Gold hits record high
        © 2025 Example Media. All rights reserved.
        Cookie settings | Privacy | Terms
        """;

    private static readonly ReadArticle Article = TestFiles.NewReader().Read(new RawDocument("copy.txt", Encoding.UTF8.GetBytes(Copy)));

    [Fact]
    public void Only_the_story_is_kept() =>
        Article.MainText.Should().Be(
            "Harrow Metals opened its rare earth magnet plant in Narva, Estonia, on Friday, the first large-scale sintered magnet factory in Europe.\n\n"
            + "The plant will initially make 2,000 tonnes of magnets a year, enough for about 1.5 million electric vehicles, the company said.\n\n"
            + "Chief executive Rahim Suleman said the company planned to raise capacity to 5,000 tonnes a year by 2030.");

    [Fact]
    public void The_headline_is_the_line_before_the_byline_not_the_skip_link() =>
        Article.Metadata.Title.Should().Be("Harrow Metals opens Estonia magnet plant");

    [Fact]
    public void A_short_notice_keeps_its_addressee_and_the_issuer_that_signs_it_above_the_closing_date()
    {
        const string Text = "Notice on the first batch of 2027 rare earth mining indicators\n\n"
            + "All provincial industry departments and the relevant groups:\n\n"
            + "1. The first batch of rare earth mining indicators for 2027 is 135,000 tonnes of rare earth oxide.\n\n"
            + "2. The first batch of smelting and separation indicators is 127,000 tonnes.\n\n"
            + "Ministry of Industry and Information Technology\n\n"
            + "20 November 2026";

        var article = TestFiles.NewReader().Read(new RawDocument("notice.txt", Encoding.UTF8.GetBytes(Text)));

        article.MainText.Should().Be(
            "All provincial industry departments and the relevant groups:\n\n"
            + "1. The first batch of rare earth mining indicators for 2027 is 135,000 tonnes of rare earth oxide.\n\n"
            + "2. The first batch of smelting and separation indicators is 127,000 tonnes.\n\n"
            + "Ministry of Industry and Information Technology");
        article.Metadata.Published.Should().NotBeNull("the closing date dates the notice");
    }

    [Fact]
    public void A_wire_credit_closing_a_story_without_a_headline_is_not_the_title()
    {
        const string Text = "OSLO, May 2 (Reuters) - Harrow Metals said on Friday it would build a magnet plant in Narva, the company said.\n\n"
            + "The plant will make 2,000 tonnes of magnets a year from 2027.\n\n"
            + "(Reporting by Jane Doe in Oslo; Editing by Tom Roe)";
        var article = TestFiles.NewReader().Read(new RawDocument("credit.txt", Encoding.UTF8.GetBytes(Text)));
        (article.Metadata.Title ?? string.Empty).Should().NotContain("Reporting by");
        article.MainText.Should().NotContain("Reporting by").And.EndWith("from 2027.");
    }

    [Fact]
    public void A_deck_under_the_headline_does_not_become_the_title()
    {
        const string Text = "Harrow Metals opens Estonia magnet plant\n\nFirst large sintered magnet factory in Europe starts output\n\nBy Jane Doe\n\n"
            + "Harrow Metals opened its rare earth magnet plant in Narva, Estonia, on Friday, the company said in a statement.\n\n"
            + "The plant will initially make 2,000 tonnes of magnets a year, enough for about 1.5 million electric vehicles.";
        TestFiles.NewReader().Read(new RawDocument("deck.txt", Encoding.UTF8.GetBytes(Text))).Metadata.Title
            .Should().Be("Harrow Metals opens Estonia magnet plant");
    }

    [Fact]
    public void A_stamp_in_gmt_plus_hours_keeps_its_offset() =>
        Article.Metadata.Published.Should().Be(new DateTimeOffset(2025, 9, 19, 8, 41, 0, TimeSpan.FromHours(2)));

    [Fact]
    public void A_topics_line_ends_the_article_and_a_newsletter_prompt_is_dropped()
    {
        const string Text = "Prices jump as curbs bite\n\nSHANGHAI (Reuters) - Prices of dysprosium oxide in Europe jumped to a record on Monday, traders said.\n\n"
            + "China exported 1,000 tonnes of rare earth magnets in September, customs data showed.\n\nSign up for our newsletter\n\n"
            + "The company also reported higher output in the quarter, it said in a statement.\n\nTopics: rare earths, China, dysprosium\n\nMore from the author: a profile of the miner";
        var article = TestFiles.NewReader().Read(new RawDocument("copy2.txt", Encoding.UTF8.GetBytes(Text)));
        article.MainText.Should().NotContain("newsletter").And.NotContain("Topics").And.NotContain("profile");
        article.MainText.Should().EndWith("it said in a statement.");
    }

    [Fact]
    public void Teaser_lines_share_lines_and_the_copyright_notice_are_dropped_and_the_story_goes_on_after_a_teaser()
    {
        const string Text = """
            Harrow Metals to triple magnet output at Narva plant
            Published October 8, 2025
            TALLINN (Reuters) - Harrow Metals said on Tuesday it would expand its magnet plant to make 3,000 tonnes of magnets a year by 2028.
            READ MORE: EU unveils critical minerals plan
            The company produced 450 tonnes of magnets last year, it said.
            Share this article: Facebook Twitter LinkedIn
            Related: Lynas starts heavy rare earths output in Malaysia
            Related: China tightens export controls on rare earth technology
            (With files from Reuters)
            © 2025 Example Metals Digest. All rights reserved.
            """;
        var article = TestFiles.NewReader().Read(new RawDocument("teasers.txt", Encoding.UTF8.GetBytes(Text)));
        article.MainText.Should().Be(
            "TALLINN (Reuters) - Harrow Metals said on Tuesday it would expand its magnet plant to make 3,000 tonnes of magnets a year by 2028.\n\n"
            + "The company produced 450 tonnes of magnets last year, it said.");
    }

    [Fact]
    public void A_most_read_list_above_the_lead_is_dropped_and_one_naming_its_source_ends_the_article()
    {
        const string Text = """
            China's Rare Earth Exports Slump as Beijing Tightens Grip
            Mon, Jun 9, 2025, 4:35 AM GMT+1 3 min read
            Most Read from Example News
            Leaders Say They Will Talk About Trade Deal
            Oil Rises as Traders Weigh Supply Risks
            (Example News) -- China's exports of rare-earth magnets fell 74% in May from a year earlier to 1,238 tons, customs data showed.
            Exports of rare-earth metals and oxides rose to 5,865 tons.
            "The slowdown is dramatic," an analyst said.
            Most Read from Example News Businessweek
            The Fight Over the Future of Fusion Power
            Terms and Privacy Policy
            Privacy Dashboard
            """;
        var article = TestFiles.NewReader().Read(new RawDocument("most-read.txt", Encoding.UTF8.GetBytes(Text)));
        article.MainText.Should().StartWith("(Example News) -- China's exports").And.EndWith("an analyst said.");
        article.MainText.Should().NotContain("Oil Rises").And.NotContain("Fusion").And.NotContain("Most Read");
    }

    [Fact]
    public void A_company_release_ends_before_its_contacts_about_section_and_forward_looking_statements()
    {
        const string Text = """
            ASX ANNOUNCEMENT
            14 October 2025

            Example Rare Earths achieves first NdPr oxide production

            Example Rare Earths Limited (ASX: EXR) is pleased to announce that it has produced its first NdPr oxide at its refinery.

            The refinery processed 3,200 tonnes of mixed rare earth carbonate during commissioning in the September quarter.

            This announcement has been authorised for release by the Board of Example Rare Earths Limited.

            For further information, please contact:
            Jane Doe
            Managing Director

            About Example Rare Earths Limited
            Example Rare Earths Limited is an ASX-listed company developing a project which holds a resource of 29.9 million tonnes.

            Forward-Looking Statements
            This announcement contains forward-looking statements.
            """;
        var article = TestFiles.NewReader().Read(new RawDocument("release.txt", Encoding.UTF8.GetBytes(Text)));
        article.MainText.Should().Be(
            "Example Rare Earths Limited (ASX: EXR) is pleased to announce that it has produced its first NdPr oxide at its refinery.\n\n"
            + "The refinery processed 3,200 tonnes of mixed rare earth carbonate during commissioning in the September quarter.");
        article.Metadata.Title.Should().Be("Example Rare Earths achieves first NdPr oxide production", "'ASX ANNOUNCEMENT' labels the document");
    }

    [Theory]
    [InlineData("Quarterly Activities Report for the period ending 30 September 2026")]
    [InlineData("Half-Year Report to 31 December 2025")]
    [InlineData("Reserves Statement as at 30 June 2026")]
    public void A_report_title_that_names_its_period_end_is_the_title_and_no_publication_date(string heading)
    {
        var text = heading + "\n\nHighlights\n- Output rose 14% on the quarter.\n\n"
            + "Production\nThe Company produced 3,100 t TREO in mixed rare earth carbonate during the quarter, compared with 2,700 t in the previous quarter.";
        var article = TestFiles.NewReader().Read(new RawDocument("report.txt", Encoding.UTF8.GetBytes(text)));
        article.Metadata.Title.Should().Be(heading);
        article.Metadata.Published.Should().BeNull("the date ends the period the report covers; it does not say when the report came out");
    }

    [Theory]
    [InlineData("Kestrel Capital - Rare Earths Sector Update, 20 November 2026")]
    [InlineData("Example Rare Earths quarterly report – Thursday, 24 October 2026")]
    public void A_headline_that_closes_with_its_date_is_the_title_and_dates_the_copy(string heading)
    {
        var text = heading + "\n\nWe raise our NdPr price deck and now see a wider deficit. Key model outputs:\n"
            + "NdPr oxide supply (t): 2025 69,000; 2026E 75,000; 2027E 82,500.\n"
            + "We keep our Buy rating on Example Rare Earths, which we expect to produce 12,000 t of NdPr oxide in FY27.";
        var article = TestFiles.NewReader().Read(new RawDocument("note.txt", Encoding.UTF8.GetBytes(text)));
        article.Metadata.Title.Should().Be(heading);
        article.Metadata.Published!.Value.Day.Should().BeOneOf(20, 24);
        article.MainText.Should().StartWith("We raise our NdPr price deck");
    }

    [Theory]
    [InlineData("Mining Weekly | 20 November 2026")]
    [InlineData("Thursday, November 20, 2025")]
    public void A_site_name_or_weekday_before_a_date_keeps_the_line_a_date_stamp(string stampLine)
    {
        var text = "Example Rare Earths opens magnet plant in Estonia\n" + stampLine
            + "\n\nExample Rare Earths opened its magnet plant on Friday. It will make 2,000 tonnes of magnets a year.";
        var article = TestFiles.NewReader().Read(new RawDocument("stamp.txt", Encoding.UTF8.GetBytes(text)));
        article.Metadata.Title.Should().Be("Example Rare Earths opens magnet plant in Estonia");
        article.Metadata.Published.Should().NotBeNull();
        article.MainText.Should().NotContain(stampLine);
    }

    [Fact]
    public void Rows_of_a_table_copied_with_bars_stay_one_line_each_header_and_footnote_marks_included()
    {
        const string Text = "Magnet makers lift output\n\n"
            + "Table 3. Sintered NdFeB output of selected magnet makers (tonnes)\n"
            + "Company | 2025 | 2026E\nExample Magnetics | 29,800 (a) | 38,000\nSample Motors | 11,200 | 13,500 (b)\n"
            + "Notes: (a) Company-reported. (b) Guidance midpoint.\n\nOutput growth slowed to 22% in 2025.";
        var article = TestFiles.NewReader().Read(new RawDocument("table.txt", Encoding.UTF8.GetBytes(Text)));
        article.MainText.Should().Contain("\n\nCompany | 2025 | 2026E\n\nExample Magnetics | 29,800 (a) | 38,000\n\nSample Motors | 11,200 | 13,500 (b)\n\n");
    }

    [Fact]
    public void Rows_of_a_table_copied_with_tabs_keep_their_cells_apart()
    {
        const string Text = "Broker model update\n\nModel changes (NdPr oxide, t)\n\tFY27E\tFY28E\tFY30E\nNew\t0\t1,100\t4,440\nOld\t0\t800\t4,440\n"
            + "We model the refinery at nameplate from FY30.";
        var article = TestFiles.NewReader().Read(new RawDocument("tabs.txt", Encoding.UTF8.GetBytes(Text)));
        article.MainText.Should().Contain("FY27E | FY28E | FY30E\n\nNew | 0 | 1,100 | 4,440\n\nOld | 0 | 800 | 4,440");
    }

    [Fact]
    public void Wire_flashes_in_capitals_stay_one_line_each_and_the_dateline_above_them_is_no_title()
    {
        const string Text = "Example Rare Earths quarterly flash\n\nSYDNEY, Oct 23 (Reuters) -\nEXAMPLE RARE EARTHS SAYS Q1 REO OUTPUT 4,870 T\n"
            + "EXAMPLE RARE EARTHS SAYS Q1 NDPR OUTPUT 2,214 T\nEXAMPLE RARE EARTHS SAYS PLANT AT 85% OF DESIGN\n";
        var article = TestFiles.NewReader().Read(new RawDocument("flash.txt", Encoding.UTF8.GetBytes(Text)));
        article.Metadata.Title.Should().NotStartWith("SYDNEY");
        article.MainText.Should().Contain("4,870 T\n\nEXAMPLE RARE EARTHS SAYS Q1 NDPR OUTPUT 2,214 T\n\n");
    }

    [Fact]
    public void A_menu_of_words_between_bars_is_still_dropped()
    {
        const string Text = "Home | Markets | Mining | Energy\nNews | Opinion | Data | Events\n\nExample Rare Earths opens plant\n\nExample Rare Earths opened its plant on Friday. It will make 2,000 tonnes a year.";
        TestFiles.NewReader().Read(new RawDocument("menu.txt", Encoding.UTF8.GetBytes(Text))).MainText.Should().NotContain("Markets");
    }

    [Fact]
    public void The_headline_after_a_site_name_and_a_breadcrumb_is_the_title()
    {
        const string Text = "MINING.COM\nHome » Rare Earths\nRARE EARTHS PRICES JUMP AS CHINA CURBS BITE\nExample Staff\n"
            + "Published Monday, Oct 3, 2025 at 4:15 pm EDT\n\nSHANGHAI (Reuters) - Prices of dysprosium oxide in Europe jumped to a record on Monday, traders said.";
        TestFiles.NewReader().Read(new RawDocument("crumbs.txt", Encoding.UTF8.GetBytes(Text))).Metadata.Title
            .Should().Be("RARE EARTHS PRICES JUMP AS CHINA CURBS BITE");
    }

    [Fact]
    public void A_newsletter_post_keeps_its_story_past_the_like_counts_and_the_subscribe_prompt()
    {
        const string Text = """
            The Example Observer
            Subscribe
            Sign in
            Why Europe's magnet plans keep slipping
            Three plants, two delays and one very expensive lesson
            Jane Analyst
            Nov 20, 2025
            12
            3
            Share
            Europe wanted 7,000 tonnes of domestic magnet capacity by 2030. It has about 1,000 tonnes today.
            Thanks for reading The Example Observer! Subscribe for free to receive new posts and support my work.
            The second plant, in France, has slipped to 2027, its developer said last month.
            Leave a comment
            Share
            12 Likes
            """;
        var article = TestFiles.NewReader().Read(new RawDocument("post.txt", Encoding.UTF8.GetBytes(Text)));
        article.Metadata.Title.Should().Be("Why Europe's magnet plans keep slipping");
        article.MainText.Should().Be(
            "Europe wanted 7,000 tonnes of domestic magnet capacity by 2030. It has about 1,000 tonnes today.\n\n"
            + "The second plant, in France, has slipped to 2027, its developer said last month.");
    }

    [Fact]
    public void A_pdf_paragraph_wrapped_over_two_lines_is_one_paragraph_and_a_split_word_is_mended()
    {
        const string Text = "Government backs heavy rare earths refinery\n\nThursday 20 November 2025\n\n"
            + "The refinery is expected to produce around 150 tonnes a year of separated dysprosium and\n"
            + "terbium oxides once it reaches full capacity in 2029, confirming the separa-\ntion flowsheet.\n\n"
            + "\u2022 Offtake signed for up to 1,500 tonnes a year of NdPr oxide from\n    2028.\n\u2022 Cash at quarter end of A$41.2 million.";
        var article = TestFiles.NewReader().Read(new RawDocument("release.txt", Encoding.UTF8.GetBytes(Text)));
        article.MainText.Should().Be(
            "The refinery is expected to produce around 150 tonnes a year of separated dysprosium and terbium oxides once it reaches "
            + "full capacity in 2029, confirming the separation flowsheet.\n\n"
            + "\u2022 Offtake signed for up to 1,500 tonnes a year of NdPr oxide from 2028.\n\n"
            + "\u2022 Cash at quarter end of A$41.2 million.");
    }

    [Fact]
    public void A_compound_broken_at_its_hyphen_keeps_the_hyphen_when_both_halves_are_words_of_the_text()
    {
        const string Text = "Miner signs magnet supply deal\n\nThe miner signed a long-\nterm deal with a magnet maker.\n\n"
            + "The deal runs for a long term of ten years, the company said.";
        var article = TestFiles.NewReader().Read(new RawDocument("deal.txt", Encoding.UTF8.GetBytes(Text)));
        article.MainText.Should().StartWith("The miner signed a long-term deal with a magnet maker.\n\n");
    }

    [Fact]
    public void A_figure_on_the_next_line_joins_only_a_line_ending_in_a_word_that_needs_it()
    {
        const string Text = "Rare earth prices jump as curbs bite\n\nListen to this article\n3 min read\n\n"
            + "Prices of dysprosium oxide in Europe jumped to a record on Monday, traders said.";
        var article = TestFiles.NewReader().Read(new RawDocument("listen.txt", Encoding.UTF8.GetBytes(Text)));
        article.MainText.Should().NotContain("article 3 min");
    }

    [Fact]
    public void Page_numbers_and_the_letterhead_strip_of_each_pdf_page_are_dropped()
    {
        const string Text = "Miner announces feasibility study results\n\n"
            + "The study outlines a mine producing 4,200 tonnes per year of total rare earth oxide over a 21-year life.\n\n"
            + "Page 1 of 2\n\f"
            + "Example Minerals Corp. | 100 King Street West, Toronto | www.example-minerals.ca\n\n"
            + "Environmental permitting is expected to be completed in the second half of 2026.\n\n- 2 -";
        var article = TestFiles.NewReader().Read(new RawDocument("study.txt", Encoding.UTF8.GetBytes(Text)));
        article.MainText.Should().Be(
            "The study outlines a mine producing 4,200 tonnes per year of total rare earth oxide over a 21-year life.\n\n"
            + "Environmental permitting is expected to be completed in the second half of 2026.");
    }

    [Fact]
    public void A_source_named_twice_under_the_headline_does_not_become_the_title()
    {
        const string Text = "Search for news, symbols or companies\nFinance Home\nWatchlists\nMy Portfolio\nMarkets\nNews\n\nLynas shares jump after Malaysia plant expansion\nReuters\nReuters\n"
            + "Tue, Nov 18, 2025, 3:12 AM 2 min read\n\n"
            + "SYDNEY (Reuters) - Shares of Lynas Rare Earths rose as much as 9% on Tuesday after the miner said its plant had begun producing heavy rare earths.";
        var article = TestFiles.NewReader().Read(new RawDocument("quote.txt", Encoding.UTF8.GetBytes(Text)));
        article.Metadata.Title.Should().Be("Lynas shares jump after Malaysia plant expansion");
    }

    [Fact]
    public void A_table_copied_as_text_keeps_its_rows_one_per_paragraph()
    {
        const string Text = "Example Rare Earths quarterly output rises\n\nPERTH (Reuters) - Example Rare Earths Ltd reported higher quarterly production on Wednesday.\n\n"
            + "Key figures (tonnes REO):\n\nTotal REO production | 2,846 | 2,501 | +14%\nNdPr production | 1,300 | 1,200 | +8%\nSales volume | 3,050 | 2,720 | +12%\n\n"
            + "The company sold 3,050 tonnes of rare earth oxides in the quarter.";
        var article = TestFiles.NewReader().Read(new RawDocument("table.txt", Encoding.UTF8.GetBytes(Text)));
        article.MainText.Should().Contain("\n\nTotal REO production | 2,846 | 2,501 | +14%\n\nNdPr production | 1,300 | 1,200 | +8%\n\nSales volume | 3,050 | 2,720 | +12%\n\n");
    }

    [Theory]
    [InlineData("For further information, please contact:", true)]
    [InlineData("Investor Relations", true)]
    [InlineData("Media contacts", true)]
    [InlineData("Forward-Looking Statements", true)]
    [InlineData("Cautionary Note Regarding Forward-Looking Statements", true)]
    [InlineData("Competent Person's Statement", true)]
    [InlineData("Qualified Person", true)]
    [InlineData("Qualified Persons' Statement", true)]
    [InlineData("About Example Rare Earths Limited", true)]
    [InlineData("ABOUT Example Corp", true)]
    [InlineData("About 1,200 tonnes were shipped in May", false)]
    [InlineData("About the deal", false)]
    [InlineData("Investors", false)]
    public void A_release_closing_label_ends_the_article(string line, bool label) =>
        BoilerplateRules.IsReleaseEndLabel(line, maxWords: 8).Should().Be(label);

    [Theory]
    [InlineData("Related: Lynas starts heavy rare earths output in Malaysia", true)]
    [InlineData("READ MORE: China tightens rare earth export rules", true)]
    [InlineData("See also: Iluka's Eneabba refinery", true)]
    [InlineData("Related:", false)]
    [InlineData("Lynas said: output rose 12% in the quarter to 2,300 tonnes.", false)]
    public void A_teaser_is_a_related_label_with_a_headline_on_its_line(string line, bool teaser) =>
        BoilerplateRules.IsTeaserLine(line, maxTitleWords: 30).Should().Be(teaser);

    [Theory]
    [InlineData("© 2025 Example Media. All rights reserved.", true)]
    [InlineData("Copyright 2025 Example Media", true)]
    [InlineData("(c) Example Media 2025", true)]
    [InlineData("All Rights Reserved", true)]
    [InlineData("This announcement has been authorised for release by the Board of Example Rare Earths Limited.", true)]
    [InlineData("Authorised for release by the Managing Director.", true)]
    [InlineData("The company holds the copyright on its magnet designs, it said in a filing that reserved all rights to appeal.", false)]
    [InlineData("The regulator authorised the release of 2,000 tonnes from the state reserve.", false)]
    public void A_copyright_notice_or_release_note_is_recognised(string line, bool notice) =>
        BoilerplateRules.IsNotice(line, maxWords: 12).Should().Be(notice);

    [Theory]
    [InlineData("Home | Markets | Mining | Energy | Opinion", true)]
    [InlineData("Share this article: Facebook Twitter LinkedIn", true)]
    [InlineData("Terms and Privacy Policy", true)]
    [InlineData("Home » Rare Earths", true)]
    [InlineData("TSX: RRM", true)]
    [InlineData("ASX: HMR | OTCQX: HMRLF", true)]
    [InlineData("NEWS RELEASE TSX: RRM OTCQX: RRMLF", true)]
    [InlineData("Lynas (ASX: LYC) said output rose", false)]
    [InlineData("NdPr production | 1,300 | 1,200 | +8%", false)]
    [InlineData("Total REO | 2,846 | 2,501 | (14%)", false)]
    [InlineData("News › Mining › Asia", true)]
    [InlineData("» Lynas said output rose", false)]
    [InlineData("Share Tweet Email Print", true)]
    [InlineData("Reply · Like", true)]
    [InlineData("Cookie settings | Privacy | Terms", true)]
    [InlineData("Lynas | Iluka | Arafura shares rose after the results, while MP fell.", false)]
    [InlineData("China tightens rare earth export rules", false)]
    public void Menu_and_share_lines_are_site_furniture(string line, bool furniture) =>
        BoilerplateRules.IsMenuLine(line).Should().Be(furniture);

    [Fact]
    public void Rows_of_a_table_copied_as_text_are_kept_when_their_cells_are_amounts_with_units_or_windows_and_a_menu_is_not()
    {
        const string Text = "Shenghe quarterly operating data\n\nHome | Markets | Rare Earths | Newsletter\n\n"
                            + "SHANGHAI, Oct 28 (SMM) - Shenghe Resources filed its third-quarter operating data on Tuesday.\n\n"
                            + "Product | Q3 2026 | Q2 2026\nNdPr oxide | 1,020 t | 980 t\nRare earth concentrate | 12,400 t | 11,900 t\n\n"
                            + "The company said output rose on higher feed from its overseas mines.";
        var text = TestFiles.NewReader().Read(new RawDocument("table.txt", Encoding.UTF8.GetBytes(Text))).MainText;

        text.Should().Contain("Product | Q3 2026 | Q2 2026").And.Contain("NdPr oxide | 1,020 t | 980 t").And.Contain("Rare earth concentrate | 12,400 t | 11,900 t");
        text.Should().NotContain("Newsletter");
    }
}
