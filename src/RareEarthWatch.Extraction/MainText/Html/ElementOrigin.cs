using AngleSharp.Dom;
using AngleSharp.Text;

namespace RareEarthWatch.Extraction.MainText.Html;

/// <summary>
/// Where an element starts in the parsed markup, and its creation ordinal, kept on the element as its
/// <see cref="IElement.SourceReference"/> (set by the parser's creation callback). The ordinal lets
/// per-element tables be arrays instead of dictionaries keyed by the element: hashing every element of
/// a page once (an object's first identity hash is a slow path in the runtime) cost more than measuring it.
/// </summary>
internal sealed class ElementOrigin(int ordinal, TextPosition position) : ISourceReference
{
    /// <summary>0 for the first element the parser created, 1 for the next, and so on.</summary>
    public int Ordinal { get; } = ordinal;

    public TextPosition Position { get; } = position;

    /// <summary>The kinds of <see cref="NameKinds"/> already judged from the element's class and id (see <see cref="ClassPatterns"/>).</summary>
    public NameKinds KnownNameKinds { get; set; }

    /// <summary>Of <see cref="KnownNameKinds"/>, those its class or id has: a memo, so each stage asks without hashing the names again.</summary>
    public NameKinds NameKinds { get; set; }

    /// <summary>The element's ordinal, or -1 for an element the parser made without a tag of the page (an implied body, a formatting element it re-opened).</summary>
    public static int OrdinalOf(IElement element) => element.SourceReference is ElementOrigin origin ? origin.Ordinal : -1;
}
