using System.Text;
using RareEarthWatch.Extraction.MainText;
using RareEarthWatch.Extraction.MainText.Provenance;

namespace RareEarthWatch.Extraction.Tests.Reading;

/// <summary>Every character of the main text points back to where it was read in the decoded page.</summary>
public sealed class ProvenanceTests
{
    private const string Html = """
        <!DOCTYPE html><html lang="en"><head><title>Lynas output | Mining Daily</title>
        <script>var x = "<p>Not article text, a script</p>";</script>
        <style>p { color: red }</style></head>
        <body><nav><a href="/">Home</a> <a href="/metals">Metals</a></nav>
        <article><h1>Lynas output</h1>
          <p>KUALA LUMPUR (Reuters) - Lynas Rare Earths said on Monday it had produced its first heavy
             rare earth oxide in Malaysia, a milestone for supply&nbsp;outside China.</p>
          <!-- a comment between paragraphs -->
          <p>The company&#8217;s Kuantan plant will make <b>dysprosium</b> and <a href="/tb">terbium</a> at
             commercial volumes &amp; sell them to magnet makers in Japan, pending approvals next year.</p>
          <figure><img src="x.jpg"><figcaption>The plant. Photo: Reuters</figcaption></figure>
          <p>Analysts said the move would ease pressure on magnet makers in Japan and South Korea, who have scrambled.</p>
        </article></body></html>
        """;

    private static ReadArticle ReadHtml() => TestFiles.NewReader().Read(new RawDocument("page.html", Encoding.UTF8.GetBytes(Html)));

    [Theory]
    [InlineData("Lynas Rare Earths said on Monday")]
    [InlineData("dysprosium and terbium")]
    [InlineData("magnet makers in Japan and South Korea")]
    [InlineData("Kuantan plant")]
    public void Html_spans_map_back_to_the_same_words_in_the_page(string words)
    {
        var article = ReadHtml();
        var at = article.MainText.IndexOf(words, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0);

        var range = article.Source.SourceRange(at, words.Length);

        range.Should().NotBeNull();
        WordsOf(StripTags(Html.Substring(range!.Value.Start, range.Value.Length))).Should().Equal(WordsOf(words));
    }

    [Fact]
    public void Html_source_is_the_decoded_page() => ReadHtml().Source.SourceText.Should().Be(Html);

    [Fact]
    public void Html_every_letter_of_the_main_text_has_an_origin_holding_that_letter()
    {
        var article = ReadHtml();
        for (var i = 0; i < article.MainText.Length; i++)
        {
            if (char.IsLetterOrDigit(article.MainText[i]))
            {
                var at = article.Source.SourceOffset(i);
                at.Should().NotBeNull();
                Html[at!.Value].Should().Be(article.MainText[i]);
            }
        }
    }

    [Fact]
    public void Html_entity_maps_to_the_whole_reference()
    {
        var article = ReadHtml();
        var quote = article.MainText.IndexOf('\u2019', StringComparison.Ordinal);
        var range = article.Source.SourceRange(quote, 1)!.Value;
        Html.Substring(range.Start, range.Length).Should().Be("&#8217;");
    }

    [Fact]
    public void Paragraph_separators_have_no_origin()
    {
        var article = ReadHtml();
        var separator = article.MainText.IndexOf(ArticleReader.ParagraphSeparator, StringComparison.Ordinal);
        article.Source.SourceOffset(separator).Should().BeNull();
    }

    [Theory]
    [InlineData("The company is looking at both Japan and South Korea")]
    [InlineData("400 to 500 metric tons of neodymium")]
    [InlineData("opportunities in Argentina, Australia, Malawi and Myanmar, the source said.")]
    public void Seed_spans_map_back_to_the_same_text_in_the_file(string words)
    {
        var article = TestFiles.ReadSeed("irel-japan-korea-magnets-daily8-syndicated.txt");
        var source = File.ReadAllText(TestFiles.Seed("irel-japan-korea-magnets-daily8-syndicated.txt"));
        var at = article.MainText.IndexOf(words, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0);

        var range = article.Source.SourceRange(at, words.Length)!.Value;

        source.Substring(range.Start, range.Length).Should().Be(words);
        article.Source.SourceLength.Should().Be(source.Length);
    }

    [Fact]
    public void Seed_every_letter_has_an_origin_holding_that_letter()
    {
        var article = TestFiles.ReadSeed("irel-japan-korea-magnets-business-standard.txt");
        var source = article.Source.SourceText;
        var letters = Enumerable.Range(0, article.MainText.Length).Where(i => char.IsLetterOrDigit(article.MainText[i])).ToList();
        letters.Should().OnlyContain(i => article.Source.SourceOffset(i) != null && source[article.Source.SourceOffset(i)!.Value] == article.MainText[i]);
    }

    [Fact]
    public void Spans_are_ordered_and_do_not_overlap()
    {
        var spans = ReadHtml().Source.Spans;
        spans.Zip(spans.Skip(1)).Should().OnlyContain(p => p.First.MainTextStart + p.First.Length <= p.Second.MainTextStart);
    }

    [Fact]
    public void Hand_built_article_has_an_empty_map() =>
        new ReadArticle(Documents.DocumentFormat.PlainText, "text", Metadata.ArticleMetadata.Empty).Source.Should().BeSameAs(SourceMap.Empty);

    [Fact]
    public void Text_not_in_the_source_is_left_without_origin_in_bounded_time()
    {
        var source = string.Concat(Enumerable.Repeat("<p>alpha beta gamma delta epsilon zeta eta theta</p>\n", 20_000));
        var paragraphs = Enumerable.Range(0, 200).Select(i => new SourcedParagraph($"nothing of this paragraph {i} appears anywhere in the page at all", 0)).ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var map = SourceAligner.Map(source.AsMemory(), () => source, paragraphs, markup: true, ArticleReader.ParagraphSeparator);

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
        map.Spans.Where(s => s.Length > 1).Should().BeEmpty();
    }

    [Fact]
    public void Empty_comment_does_not_swallow_the_article()
    {
        var page = Html.Replace("<!-- a comment between paragraphs -->", "<!--> <!---> <span>x</span>", StringComparison.Ordinal);
        var article = TestFiles.NewReader().Read(new RawDocument("page.html", Encoding.UTF8.GetBytes(page)));

        article.MainText.Should().Contain("Kuantan plant").And.Contain("Analysts said the move");
    }

    private static string StripTags(string markup) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(markup, "<[^>]*>", string.Empty));

    private static List<string> WordsOf(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\w+").Select(m => m.Value).ToList();
}
