using RareEarthWatch.Extraction.MainText.Html;

namespace RareEarthWatch.Extraction.Tests.Reading;

/// <summary>The scan before parsing cuts attributes no stage reads, as the HTML tokenizer reads attributes, and maps positions back.</summary>
public sealed class MarkupScannerTests
{
    private static MarkupScanner.Result Scan(string html) => MarkupScanner.Scan(html, 10_000, 1_000);

    [Fact]
    public void Data_srcset_and_sizes_attributes_are_cut_and_the_rest_is_kept()
    {
        const string Html = """<p class="a" data-x="y" DATA-Z srcset="a.jpg 1x, b.jpg 2x" sizes=100vw id='b' srcsetx="k">Hello</p>""";

        var scan = Scan(Html);

        scan.Text.Should().Be("""<p class="a"     id='b' srcsetx="k">Hello</p>""");
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
        const string Html = """<div data-src=x.jpg/><img data-src=y.jpg ><span hidden data-a data-b = "c d"class=k>Word</span></div>""";

        var scan = Scan(Html);

        // The '/' of "x.jpg/" is part of the value: cutting the attribute would make the tag self-closing.
        scan.Text.Should().Be("""<div data-src=x.jpg/><img  ><span hidden  class=k>Word</span></div>""");
        scan.Offsets.ToSource(scan.Text.IndexOf("Word", StringComparison.Ordinal)).Should().Be(Html.IndexOf("Word", StringComparison.Ordinal));
    }
}
