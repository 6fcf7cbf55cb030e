using RareEarthWatch.Extraction.MainText.Html;

namespace RareEarthWatch.Extraction.Tests.Reading;

/// <summary>The scan before parsing cuts attributes no stage reads, as the HTML tokenizer reads attributes, and maps positions back.</summary>
public sealed class MarkupScannerTests
{
    private static MarkupScanner.Result Scan(string html) => MarkupScanner.Scan(html.AsMemory(), 10_000, 1_000);

    [Fact]
    public void Attributes_no_stage_reads_are_cut_and_the_rest_is_kept()
    {
        const string Html = """<p class="a" data-x="y" DATA-Z srcset="a.jpg 1x, b.jpg 2x" sizes=100vw id='b' srcsetx="k">Hello</p>""";

        var scan = Scan(Html);

        scan.Text.Should().Be("""<p class="a"     id='b' >Hello</p>""");
        var hello = scan.Text.IndexOf("Hello", StringComparison.Ordinal);
        scan.Offsets.ToSource(hello).Should().Be(Html.IndexOf("Hello", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tag_whose_quoted_value_holds_a_closing_bracket_is_left_whole()
    {
        const string Html = """<div data-x="1" title="a > b" data-y="2">Text</div>""";

        Scan(Html).Text.Should().Be(Html);
    }

    [Fact]
    public void Unquoted_and_bare_attributes_are_read_as_the_tokenizer_reads_them()
    {
        const string Html = """<div data-src=x.jpg/><hr data-src=y.jpg ><span hidden data-a data-b = "c d"class=k>Word</span></div>""";

        var scan = Scan(Html);

        // The '/' of "x.jpg/" is part of the value: cutting the attribute would make the tag self-closing.
        scan.Text.Should().Be("""<div data-src=x.jpg/><hr  ><span hidden  class=k>Word</span></div>""");
        scan.Offsets.ToSource(scan.Text.IndexOf("Word", StringComparison.Ordinal)).Should().Be(Html.IndexOf("Word", StringComparison.Ordinal));
    }

    [Fact]
    public void A_links_href_is_cut_in_the_body_but_a_canonical_links_is_kept()
    {
        const string Html = """<head><link rel="canonical" href="https://example.org/a"></head><body><a href="/b" title="B" onclick="go()" class="k">B</a></body>""";

        Scan(Html).Text.Should().Be("""<head><link rel="canonical" href="https://example.org/a"></head><body><a    class="k">B</a></body>""");
    }

    [Fact]
    public void Images_inputs_and_links_other_than_the_canonical_are_cut_whole_unless_a_quoted_value_hides_their_end()
    {
        const string Html = """<head><link rel="stylesheet" href="a.css"><LINK rel=icon href=f.ico /><link rel="canonical" href="https://example.org/a"><link title="a > b" rel="preload"></head><body><p>Te<img src="x.jpg" class="photo">xt<input type=hidden name=q></p><IMG alt='1 > 0'></body>""";

        var scan = Scan(Html);

        scan.Text.Should().Be("""<head><link rel="canonical" href="https://example.org/a"><link title="a > b" rel="preload"></head><body><p>Text</p><IMG alt='1 > 0'></body>""");
        scan.Offsets.ToSource(scan.Text.IndexOf("xt</p>", StringComparison.Ordinal)).Should().Be(Html.IndexOf("xt<input", StringComparison.Ordinal));
    }

    [Fact]
    public void A_menu_and_never_text_elements_are_cut_whole_and_positions_still_map_back()
    {
        const string Html = """<nav class="menu"><ul><li><a>Home</a><nav><a>Sub</a></nav></ul></nav><button>Share</button><p>Text</p>""";

        var scan = Scan(Html);

        scan.Text.Should().Be("<p>Text</p>");
        scan.Offsets.ToSource(scan.Text.IndexOf("Text", StringComparison.Ordinal)).Should().Be(Html.IndexOf("Text", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""<nav><p>A paragraph in a nav is read by the cleaner's rules</p></nav>""")]
    [InlineData("""<nav><h1>Title</h1></nav>""")]
    [InlineData("""<nav><span class="byline">By A. Writer</span></nav>""")]
    [InlineData("""<nav><time datetime="2025-08-14">Aug 14</time></nav>""")]
    [InlineData("""<figcaption><script type="application/ld+json">{}</script></figcaption>""")]
    [InlineData("""<nav><a>Home</a>""")]
    public void Elements_that_hold_what_reading_looks_at_or_never_close_are_parsed(string html) =>
        Scan(html).Text.Should().Be(html);

    [Fact]
    public void Tens_of_thousands_of_unclosed_or_nested_menu_elements_are_searched_once()
    {
        // Each start tag of these would search to the end of the page again if failures were not remembered.
        var unclosed = string.Concat(Enumerable.Repeat("<label>x", 50_000));
        var nested = string.Concat(Enumerable.Repeat("<nav><p>x", 900)) + string.Concat(Enumerable.Repeat("</nav>", 900));

        MarkupScanner.Scan(unclosed.AsMemory(), 100_000, 1_000).Text.Should().Be(unclosed);
        MarkupScanner.Scan(nested.AsMemory(), 100_000, 1_000).Text.Should().Be(nested);
    }

    [Fact]
    public void White_space_between_block_tags_is_cut_but_not_between_words_cells_or_inside_pre()
    {
        const string Html = "<div>\n  <p>One <b>bold</b> <i>word</i></p>\n  <p>Two</p>\n</div>\n<table><tr><td>a</td> <td>b</td></tr></table>\n<pre>\n<p>x</p>\n  <p>y</p></pre>";

        var scan = Scan(Html);

        scan.Text.Should().Be("<div><p>One <b>bold</b> <i>word</i></p><p>Two</p></div><table><tr><td>a</td> <td>b</td></tr></table>\n<pre>\n<p>x</p>\n  <p>y</p></pre>");
        scan.Offsets.ToSource(scan.Text.IndexOf("Two", StringComparison.Ordinal)).Should().Be(Html.IndexOf("Two", StringComparison.Ordinal));
    }

    [Fact]
    public void Cut_markup_is_a_pooled_buffer_that_is_refused_after_dispose_and_uncut_markup_is_the_input()
    {
        var page = "<p>alpha</p><!-- note --><p>beta</p>";
        var cut = Scan(page);
        cut.Text.Should().Be("<p>alpha</p><p>beta</p>");
        cut.Dispose();
        cut.Invoking(c => c.Markup).Should().Throw<ObjectDisposedException>();

        var plain = "<p>alpha</p><p>beta</p>".AsMemory();
        using var uncut = MarkupScanner.Scan(plain, 10_000, 1_000);
        uncut.Markup.Equals(plain).Should().BeTrue();
    }
}
