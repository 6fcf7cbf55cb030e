using System.Text;
using RareEarthWatch.Extraction.Documents;

namespace RareEarthWatch.Extraction.Tests.Reading;

/// <summary>Pathological pages end quickly with a clear rejection, never a hang or a stack overflow.</summary>
public sealed class RobustnessTests
{
    private static Action Reading(string html, ExtractionOptions? options = null) =>
        () => TestFiles.NewReader(options).Read(new RawDocument("page.html", Encoding.UTF8.GetBytes(html)));

    [Fact]
    public void Hundreds_of_thousands_of_empty_paragraphs_are_rejected_before_parsing() =>
        Reading("<html><body>" + string.Concat(Enumerable.Repeat("<p></p>", 300_000)) + "</body></html>")
            .Should().Throw<DocumentRejectedException>().WithMessage("*more than 200,000 HTML elements*");

    [Fact]
    public void Nesting_thousands_deep_is_rejected() =>
        Reading("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 5_000)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 5_000)) + "</body></html>")
            .Should().Throw<DocumentRejectedException>().WithMessage("*levels deep*");

    [Fact]
    public void Tens_of_megabytes_are_rejected_before_decoding() =>
        Reading(new string('a', 21 * 1024 * 1024))
            .Should().Throw<DocumentRejectedException>().WithMessage("*MB an article may have*");

    [Fact]
    public void Nesting_just_under_the_limit_is_read() =>
        TestFiles.NewReader().Read(new RawDocument("page.html", Encoding.UTF8.GetBytes(
            "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 400)) + "<p>A paragraph deep inside the page that is still an article paragraph.</p>" + string.Concat(Enumerable.Repeat("</div>", 400)) + "</body></html>")))
            .MainText.Should().Be("A paragraph deep inside the page that is still an article paragraph.");
}
