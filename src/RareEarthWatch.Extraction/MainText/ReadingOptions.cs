using System.ComponentModel.DataAnnotations;

namespace RareEarthWatch.Extraction.MainText;

/// <summary>
/// Every threshold of the reading stage (bytes → format, main text, metadata), named and
/// defaulted so the heuristics hold no magic numbers. The defaults were tuned on the dev split
/// of the extraction benchmark and on the seed articles.
/// </summary>
public sealed class ReadingOptions
{
    // ---- Loading and decoding ----

    /// <summary>How many leading bytes are sniffed for a format signature, MIME headers and a &lt;meta charset&gt;.</summary>
    [Range(512, 1024 * 1024)]
    public int SniffBytes { get; set; } = 16 * 1024;

    /// <summary>Share of control bytes (other than tab, CR, LF, FF) above which a file counts as binary.</summary>
    [Range(0.0, 1.0)]
    public double MaxControlByteShare { get; set; } = 0.02;

    /// <summary>A page with more start tags than this is refused before it is parsed.</summary>
    [Range(1000, int.MaxValue)]
    public int MaxHtmlElements { get; set; } = 200_000;

    /// <summary>A page whose elements nest deeper than this is refused (real pages stay far below it).</summary>
    [Range(32, 100_000)]
    public int MaxNestingDepth { get; set; } = 512;

    // ---- Plain text ----

    /// <summary>A line of at most this many words with no sentence end may be a title or a label.</summary>
    [Range(1, 200)]
    public int MaxTitleWords { get; set; } = 30;

    /// <summary>A label line that ends the article ("Comments", "Related Articles") has at most this many words.</summary>
    [Range(1, 20)]
    public int MaxLabelWords { get; set; } = 4;

    /// <summary>A heading that opens a news release's closing boilerplate ("Cautionary Note Regarding Forward-Looking Statements") has at most this many words.</summary>
    [Range(1, 20)]
    public int MaxReleaseLabelWords { get; set; } = 8;

    /// <summary>A label only ends the article once this many body paragraphs precede it.</summary>
    [Range(0, 100)]
    public int MinBlocksBeforeEndLabel { get; set; } = 2;

    /// <summary>The header area (title, standfirst, stamps) is searched for in the first this-many blocks.</summary>
    [Range(1, 100)]
    public int MaxHeaderBlocks { get; set; } = 12;

    /// <summary>Two paragraphs whose word sets overlap at least this much (of the shorter) are the same paragraph.</summary>
    [Range(0.0, 1.0)]
    public double DuplicateParagraphOverlap { get; set; } = 0.8;

    /// <summary>A stamp or date line has at most this many words.</summary>
    [Range(1, 100)]
    public int MaxStampWords { get; set; } = 16;

    // ---- HTML main text ----

    /// <summary>A text block shorter than this (characters) does not add to its container's score.</summary>
    [Range(0, 10_000)]
    public int MinScoredBlockChars { get; set; } = 25;

    /// <summary>Characters of a block that earn one extra point, up to <see cref="MaxLengthPoints"/>.</summary>
    [Range(1, 10_000)]
    public int CharsPerLengthPoint { get; set; } = 100;

    /// <summary>Upper bound of the length points of one block.</summary>
    [Range(0, 100)]
    public int MaxLengthPoints { get; set; } = 3;

    /// <summary>Bonus or penalty of a class/id that names content (article, body) or boilerplate (comment, related).</summary>
    [Range(0, 1000)]
    public double ClassWeight { get; set; } = 25;

    /// <summary>A sibling of the best container joins the article when it scores this share of the best score.</summary>
    [Range(0.0, 1.0)]
    public double SiblingScoreShare { get; set; } = 0.2;

    /// <summary>…and at least this absolute score.</summary>
    [Range(0.0, 1000.0)]
    public double MinSiblingScore { get; set; } = 10;

    /// <summary>A paragraph sibling of this many characters with little link text joins the article.</summary>
    [Range(0, 10_000)]
    public int MinSiblingParagraphChars { get; set; } = 80;

    /// <summary>A block whose link text is above this share of its text is navigation, not article.</summary>
    [Range(0.0, 1.0)]
    public double MaxBlockLinkDensity { get; set; } = 0.5;

    /// <summary>A container whose link density is above this loses its content-class bonus.</summary>
    [Range(0.0, 1.0)]
    public double MaxContainerLinkDensity { get; set; } = 0.5;

    /// <summary>A byline or caption block has at most this many words.</summary>
    [Range(1, 100)]
    public int MaxBylineWords { get; set; } = 12;

    /// <summary>Candidates within this share of the best score that share an ancestor lift the best to that ancestor.</summary>
    [Range(0.0, 1.0)]
    public double AlternativeCandidateShare { get; set; } = 0.75;

    /// <summary>How many alternative candidates must share the ancestor for the lift.</summary>
    [Range(1, 100)]
    public int MinAlternativeCandidates { get; set; } = 3;

    /// <summary>A marked-up article body (itemprop=articleBody and the like) is used when it holds this many characters.</summary>
    [Range(0, 100_000)]
    public int MinMarkedBodyChars { get; set; } = 200;

    /// <summary>…and at least this share of the text the scorer found.</summary>
    [Range(0.0, 1.0)]
    public double MinMarkedBodyShare { get; set; } = 0.5;

    /// <summary>An HTML article shorter than this (characters) is read again without removing blocks by class name.</summary>
    [Range(0, 100_000)]
    public int MinArticleChars { get; set; } = 500;

    /// <summary>A block removed as boilerplate by its class is kept if it holds this share of the container's text.</summary>
    [Range(0.0, 1.0)]
    public double MaxBoilerplateShare { get; set; } = 0.5;

    // ---- Container scoring (readability-style) ----

    /// <summary>Initial score of a div, article, main or section container.</summary>
    [Range(-100.0, 100.0)]
    public double ContainerInitialScore { get; set; } = 5;

    /// <summary>Initial score of a pre, td or blockquote.</summary>
    [Range(-100.0, 100.0)]
    public double QuoteInitialScore { get; set; } = 3;

    /// <summary>Initial penalty of lists, list items, forms and addresses.</summary>
    [Range(-100.0, 100.0)]
    public double ListInitialPenalty { get; set; } = 3;

    /// <summary>Initial penalty of headings and table headers.</summary>
    [Range(-100.0, 100.0)]
    public double HeadingInitialPenalty { get; set; } = 5;

    /// <summary>How many ancestors of a paragraph receive its points.</summary>
    [Range(1, 20)]
    public int MaxAncestorLevels { get; set; } = 5;

    /// <summary>The grandparent receives the paragraph's points divided by this.</summary>
    [Range(1, 100)]
    public int GrandparentDivider { get; set; } = 2;

    /// <summary>Ancestors further up receive the points divided by this times their level.</summary>
    [Range(1, 100)]
    public int FurtherAncestorDividerPerLevel { get; set; } = 3;

    /// <summary>A sibling with the best container's class gains this share of the best score.</summary>
    [Range(0.0, 1.0)]
    public double SameClassBonusShare { get; set; } = 0.2;

    /// <summary>A paragraph sibling joins the article only with link density below this.</summary>
    [Range(0.0, 1.0)]
    public double MaxSiblingParagraphLinkDensity { get; set; } = 0.25;

    /// <summary>The best container climbs to a parent that scores at least this share of it (and more than it).</summary>
    [Range(0.0, 1.0)]
    public double MinParentScoreShare { get; set; } = 1.0 / 3;
}
