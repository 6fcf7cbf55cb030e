using RareEarthWatch.Extraction.MainText;

namespace RareEarthWatch.Extraction.Tests.Reading;

/// <summary>Hand-written pages for the traps of HTML main-text extraction.</summary>
public sealed class HtmlMainTextTests
{
    private const string P1 = "Lynas Rare Earths said on Monday it had produced its first heavy rare earth oxide in Malaysia, a milestone for supply outside China.";
    private const string P2 = "The company said dysprosium output from its Kuantan plant would reach commercial volumes by the middle of next year, pending approvals.";
    private const string P3 = "Analysts said the move would ease pressure on magnet makers in Japan and South Korea, who have scrambled for supply since April.";

    private static ReadArticle Read(string html) =>
        TestFiles.NewReader().Read(new RawDocument("page.html", System.Text.Encoding.UTF8.GetBytes(html)));

    private static string Article(string extraBody = "", string extraInArticle = "", string head = "") => $$"""
        <!DOCTYPE html><html lang="en"><head><title>Lynas produces heavy rare earths | Mining Daily</title>
        <meta property="og:title" content="Lynas produces heavy rare earths">
        <meta property="og:site_name" content="Mining Daily">
        <meta property="article:published_time" content="2025-05-19T08:30:00+08:00">
        <link rel="canonical" href="https://mining.example/lynas-heavy">{{head}}</head>
        <body>
        <header><nav><a href="/">Home</a> <a href="/metals">Metals</a> <a href="/energy">Energy</a></nav></header>
        <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies to continue reading.</div>
        <main><article>
          <h1>Lynas produces heavy rare earths</h1>
          <p class="byline">By Jane Doe</p>
          <time datetime="2025-05-19T08:30:00+08:00">May 19, 2025</time>
          <div class="share-bar"><a href="#">Share on X</a> <a href="#">Share on LinkedIn</a></div>
          <p>KUALA LUMPUR (Reuters) - {{P1}}</p>
          <figure><img src="x.jpg"><figcaption>The Kuantan plant. Photo: Reuters</figcaption></figure>
          <p>{{P2}}</p>
          <h2>Supply relief</h2>
          <p>{{P3}}</p>
          {{extraInArticle}}
        </article></main>
        {{extraBody}}
        <footer><p>© 2025 Mining Daily. All rights reserved. Terms of use and privacy policy apply to this site.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Article_paragraphs_and_subheading_are_kept_in_order() =>
        Read(Article()).MainText.Should().Be($"KUALA LUMPUR (Reuters) - {P1}\n\n{P2}\n\nSupply relief\n\n{P3}");

    [Fact]
    public void A_title_encoded_twice_by_the_page_is_decoded()
    {
        var html = Article().Replace(
            "<meta property=\"og:title\" content=\"Lynas produces heavy rare earths\">",
            "<meta property=\"og:title\" content=\"&amp;#8216;Lynas&amp;#8217; produces heavy rare earths &amp;amp; oxides\">",
            StringComparison.Ordinal);
        Read(html).Metadata.Title.Should().Be("\u2018Lynas\u2019 produces heavy rare earths & oxides");
    }

    [Fact]
    public void Title_comes_from_og_title() => Read(Article()).Metadata.Title.Should().Be("Lynas produces heavy rare earths");

    [Fact]
    public void Published_comes_from_the_article_published_time_meta_with_its_offset() =>
        Read(Article()).Metadata.Published.Should().Be(new DateTimeOffset(2025, 5, 19, 8, 30, 0, TimeSpan.FromHours(8)));

    [Fact]
    public void Published_source_names_the_meta() =>
        Read(Article()).Metadata.PublishedSource.Should().Be("meta:article:published_time");

    [Fact]
    public void Outlet_comes_from_og_site_name() => Read(Article()).Metadata.Outlet.Should().Be("Mining Daily");

    [Fact]
    public void Canonical_url_comes_from_the_link() => Read(Article()).Metadata.CanonicalUrl.Should().Be("https://mining.example/lynas-heavy");

    [Fact]
    public void Agency_and_dateline_city_come_from_the_wire_dateline() =>
        Read(Article()).Metadata.Should().Match<Extraction.Metadata.ArticleMetadata>(m => m.Agency == "Reuters" && m.DatelineCity == "Kuala Lumpur");

    [Fact]
    public void Language_comes_from_the_html_lang() => Read(Article()).Metadata.Language.Should().Be("en");

    [Fact]
    public void Json_ld_headline_and_date_win_over_metas() =>
        Read(Article(head: """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Lynas makes first heavy rare earth oxide","datePublished":"2025-05-19T09:00:00+08:00","author":[{"@type":"Person","name":"Jane Doe"}]}</script>"""))
            .Metadata.Should().Match<Extraction.Metadata.ArticleMetadata>(m => m.Title == "Lynas makes first heavy rare earth oxide" && m.PublishedSource == "json-ld:datePublished" && m.Authors.Contains("Jane Doe"));

    [Theory]
    [InlineData("Home")]
    [InlineData("cookies")]
    [InlineData("By Jane Doe")]
    [InlineData("Share on")]
    [InlineData("Photo: Reuters")]
    [InlineData("Lynas produces heavy rare earths")]
    [InlineData("All rights reserved")]
    public void Page_furniture_is_dropped(string furniture) => Read(Article()).MainText.Should().NotContain(furniture);

    [Fact]
    public void Title_repeated_as_the_first_paragraph_is_dropped() =>
        Read(Article().Replace("<h1>Lynas produces heavy rare earths</h1>", "<p><strong>Lynas produces heavy rare earths</strong></p>", StringComparison.Ordinal))
            .MainText.Should().StartWith("KUALA LUMPUR");

    [Fact]
    public void Related_stories_teasers_inside_the_article_container_are_dropped() =>
        Read(Article(extraInArticle: """
            <h3>Related stories</h3>
            <ul><li><a href="/a">China tightens gallium exports again as trade talks stall in Geneva</a></li>
            <li><a href="/b">MP Materials signs magnet deal with Apple for recycled neodymium supply</a></li></ul>
            """)).MainText.Should().NotContainAny("gallium", "MP Materials", "Related stories");

    [Fact]
    public void Teasers_after_a_related_label_without_links_are_dropped() =>
        Read(Article(extraInArticle: """
            <p><strong>Read more</strong></p>
            <p>Grab invests in a robotaxi start-up to bring driverless cars to Southeast Asian cities next year.</p>
            """)).MainText.Should().NotContain("robotaxi");

    [Fact]
    public void Page_with_several_articles_keeps_the_one_the_title_belongs_to()
    {
        var other = """
            <article><h2>Copper prices climb on Chinese stimulus hopes</h2>
            <p>Copper rose to a three-month high on Monday as traders bet that new stimulus in China would lift demand for the metal in construction and grids.</p>
            <p>Stocks in London Metal Exchange warehouses fell for a fifth week, adding to the tightness that has pushed premiums higher across Asia and Europe this year.</p>
            <p>Analysts at several banks raised their forecasts for the second half, citing supply disruptions in Chile and Peru and strong buying from the power sector.</p>
            <p>Smelters in China have cut output after treatment charges fell to record lows, which could tighten the market further into next year, traders said.</p>
            </article>
            """;
        var page = Article().Replace("<main>", "<main>" + other, StringComparison.Ordinal);
        Read(page).MainText.Should().NotContain("Copper").And.Contain(P1);
    }

    [Fact]
    public void Comments_that_outscore_a_short_article_are_dropped()
    {
        var comment = "I have followed this company for years and I think the market has not priced in the risk of delays at the plant, which happened twice before, and the approvals are far from certain.";
        var comments = "<section><h2>12 Comments</h2><ol>" + string.Concat(Enumerable.Range(0, 12).Select(i => $"<li><p>{comment} ({i})</p></li>")) + "</ol></section>";
        Read(Article(extraBody: comments)).MainText.Should().NotContain("followed this company").And.Contain(P3);
    }

    [Fact]
    public void Comments_in_a_container_named_comments_are_dropped()
    {
        var comment = "Great reporting, but the real story is the price of dysprosium, which has tripled, and nobody in Europe is ready for it, as usual, sadly.";
        var comments = "<div id=\"comments\" class=\"comments-area\">" + string.Concat(Enumerable.Range(0, 15).Select(i => $"<div class=\"comment\"><p>{comment} ({i})</p></div>")) + "</div>";
        Read(Article(extraBody: comments)).MainText.Should().NotContain("Great reporting");
    }

    [Fact]
    public void Visible_first_published_stamp_dates_a_page_without_date_metas() =>
        Read("<html><body><article><h1>Magnet plant opens</h1><p>First Published: Aug 14 2025 | 8:41 PM IST</p><p>The plant will make 5,000 tonnes of magnets a year from 2027, the company said on Thursday in a statement.</p></article></body></html>")
            .Metadata.Published.Should().Be(new DateTimeOffset(2025, 8, 14, 20, 41, 0, new TimeSpan(5, 30, 0)));

    [Fact]
    public void Words_of_adjacent_blocks_are_not_glued() =>
        Read("<html><body><article><div>First block of the article text here.</div><div>Second block of the article text here.</div></article></body></html>")
            .MainText.Should().Be("First block of the article text here.\n\nSecond block of the article text here.");

    [Fact]
    public void Link_that_shows_its_own_address_is_cited_text_and_kept() =>
        Read(Article(extraInArticle: """<p><a href="https://example.org/report">https://example.org/report</a></p>""")).MainText.Should().Contain("https://example.org/report");

    [Fact]
    public void Link_list_with_words_is_still_dropped() =>
        Read(Article(extraInArticle: """<p><a href="/a">Rare earth prices</a></p>""")).MainText.Should().NotContain("Rare earth prices");

    [Fact]
    public void Date_line_of_an_embedded_post_stays_in_the_quote() =>
        Read(Article(extraInArticle: """<blockquote class="twitter-tweet"><p>Rare earth exports resume today.</p>— Ministry of Mines (@mines) October 9, 2018</blockquote>"""))
            .MainText.Should().Contain("Ministry of Mines (@mines) October 9, 2018");
    [Fact]
    public void Spans_of_a_press_release_dateline_inside_the_first_sentence_are_kept()
    {
        var lead = """<p><span class="legendSpanClass"><span class="xn-location">LAKEWOOD, Colo.</span></span>, <span class="legendSpanClass"><span class="xn-chron">Nov. 19, 2026</span></span> /PRNewswire/ -- The company produced a record 312 tonnes of separated NdPr oxide at its mill during the third quarter.</p>""";
        Read(Article(extraInArticle: lead)).MainText.Should()
            .Contain("LAKEWOOD, Colo., Nov. 19, 2026 /PRNewswire/ -- The company produced a record 312 tonnes");
    }

    [Fact]
    public void A_dateline_span_opening_a_paragraph_is_kept() =>
        Read(Article(extraInArticle: """<p><span class="dateline">PERTH</span> — Iluka said its Eneabba refinery would separate 5,500 tonnes of rare earth oxides a year from 2027.</p>"""))
            .MainText.Should().Contain("PERTH — Iluka said");

    [Fact]
    public void Screen_reader_text_inside_a_sentence_is_still_dropped() =>
        Read(Article(extraInArticle: """<p>Shares of <a href="/q/LYC">Lynas<span class="visually-hidden">, opens new tab</span></a> rose 3% in Sydney after the company reported record quarterly output.</p>"""))
            .MainText.Should().Contain("Shares of Lynas rose 3% in Sydney").And.NotContain("opens new tab");

    [Theory]
    [InlineData("<p><b>About Energy Fuels</b></p>")]
    [InlineData("<h2>About the Company</h2>")]
    [InlineData("<p><b>Cautionary Note Regarding Forward-Looking Statements</b></p>")]
    [InlineData("<p><strong>Media Contact:</strong></p>")]
    public void A_news_releases_closing_boilerplate_is_not_the_article(string label)
    {
        var tail = label + "<p>Energy Fuels is a leading U.S.-based critical minerals company that mines uranium and produces rare earth oxides.</p>"
                   + "<p>Investor Inquiries: Curtis Moore, (303) 974-2140, investorinfo@example.com</p>";
        var text = Read(Article(extraInArticle: tail)).MainText;
        text.Should().EndWith(P3).And.NotContain("leading U.S.-based").And.NotContain("Investor Inquiries");
    }

    [Fact]
    public void A_sentence_beginning_with_about_is_kept() =>
        Read(Article(extraInArticle: "<p>About 1,500 tonnes of the oxide will go to Japan.</p>")).MainText.Should().EndWith("About 1,500 tonnes of the oxide will go to Japan.");

    [Fact]
    public void A_closing_source_sign_off_line_is_not_the_article() =>
        Read(Article(extraInArticle: "<p class=\"p-article__credit\">\u2015 The Yomiuri Shimbun</p>")).MainText.Should().EndWith(P3);

    [Fact]
    public void A_closing_wire_sign_off_names_the_agency()
    {
        var html = Article(extraInArticle: "<p>\u2014 Kyodo</p>").Replace("KUALA LUMPUR (Reuters) - ", string.Empty, StringComparison.Ordinal);
        var read = Read(html);
        read.MainText.Should().EndWith(P3);
        read.Metadata.Agency.Should().Be("Kyodo");
    }

    [Fact]
    public void The_cells_of_a_table_row_stay_apart_as_a_row_copied_as_text()
    {
        const string Html = "<html><head><title>Magnet makers lift output</title></head><body><article><h1>Magnet makers lift output</h1>"
            + "<p>Chinese sintered magnet makers raised output again last year, according to company filings compiled by the newsletter. Growth slowed as demand from motor makers cooled.</p>"
            + "<p>Table 1. Sintered NdFeB output of selected makers (tonnes)</p>"
            + "<table><thead><tr><th>Company</th><th>2024</th><th>2025</th></tr></thead><tbody>"
            + "<tr><td>Example Magnetics</td><td>25,100</td><td>29,800</td></tr><tr><td>Sample Motors</td><td>9,900</td><td>11,200</td></tr></tbody></table>"
            + "<p>Example Magnetics said it expects to reach 60,000 tonnes of capacity by 2027, while Sample Motors plans a new line in Baotou.</p></article></body></html>";
        Read(Html).MainText.Should().Contain("Company | 2024 | 2025\n\nExample Magnetics | 25,100 | 29,800\n\nSample Motors | 9,900 | 11,200");
    }
}
