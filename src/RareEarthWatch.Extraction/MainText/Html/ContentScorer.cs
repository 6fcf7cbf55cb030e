using AngleSharp.Dom;

namespace RareEarthWatch.Extraction.MainText.Html;

/// <summary>
/// Readability-style container choice: every paragraph-like block of enough text scores points
/// (one, plus one per comma, plus one per <see cref="ReadingOptions.CharsPerLengthPoint"/> characters up to a cap)
/// for its parent, half for its grandparent and less for further ancestors; a container's score is
/// scaled down by its link density; the best container, lifted to a shared ancestor when other
/// near-best candidates share it, is the article, with the siblings that score well enough.
/// </summary>
internal sealed class ContentScorer(ReadingOptions options)
{
    private static bool IsBlock(string tag) => tag is
        "address" or "article" or "aside" or "blockquote" or "dd" or "div" or "dl" or "dt" or "fieldset" or "figure" or "footer" or "form" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "header" or "hr" or "li" or "main" or "nav" or "ol" or "p" or "pre" or "section" or "table" or "ul";

    /// <summary>Scores the tree under <paramref name="root"/> and returns the article's top elements in document order.</summary>
    public IReadOnlyList<IElement> Select(IElement root, TextStats stats)
    {
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var element in DomWalk.Descendants(root))
        {
            // A paragraph scores for its ancestors; text written straight into a container
            // (between its block children, as "<div>text<br>text<p>..</p></div>") scores for the container itself.
            var paragraph = IsScoredBlock(element);
            var (length, commas) = paragraph
                ? (stats.TextLength(element), stats.Commas(element))
                : DirectText(element, stats);
            if (length < options.MinScoredBlockChars)
            {
                continue;
            }

            var points = 1.0 + commas + Math.Min(length / options.CharsPerLengthPoint, options.MaxLengthPoints);
            var ancestor = paragraph ? element.ParentElement : element;
            for (var level = 0; ancestor is not null && level < options.MaxAncestorLevels; level++, ancestor = ancestor.ParentElement)
            {
                if (!scores.ContainsKey(ancestor))
                {
                    scores[ancestor] = InitialScore(ancestor);
                }

                var divider = level switch
                {
                    0 => 1,
                    1 => options.GrandparentDivider,
                    _ => level * options.FurtherAncestorDividerPerLevel,
                };
                scores[ancestor] += points / divider;
                if (ancestor == root)
                {
                    break;
                }
            }
        }

        if (scores.Count == 0)
        {
            return [root];
        }

        foreach (var candidate in scores.Keys.ToList())
        {
            scores[candidate] *= 1 - stats.LinkDensity(candidate);
        }

        var ranked = scores.OrderByDescending(s => s.Value).ToList();
        var top = ranked[0].Key;
        var topScore = ranked[0].Value;

        top = LiftToSharedAncestor(top, topScore, ranked, root);
        top = ClimbWhileParentScoresWell(top, scores, root);
        while (top != root && top.ParentElement is { } parent && parent != root && parent.ChildElementCount == 1)
        {
            top = parent;
        }

        return WithSiblings(top, scores, stats, root);
    }

    private static bool IsScoredBlock(IElement element)
    {
        if (element.LocalName is "p" or "pre" or "td" or "blockquote")
        {
            return true;
        }

        // A div (or section) holding text directly, with no block children, is a paragraph too.
        if (element.LocalName is not ("div" or "section" or "article"))
        {
            return false;
        }

        // Children by index: AngleSharp finds a sibling by searching its parent's child list.
        var childNodes8 = element.ChildNodes;
        for (var c8 = 0; c8 < childNodes8.Length; c8++)
        {
            if (childNodes8[c8] is not IElement child)
            {
                continue;
            }

            if (IsBlock(child.LocalName))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Text and commas of an element outside its block children.</summary>
    private static (int Length, int Commas) DirectText(IElement element, TextStats stats)
    {
        if (element.LocalName is not ("div" or "section" or "article" or "main" or "td" or "body"))
        {
            return (0, 0);
        }

        int length = stats.TextLength(element), commas = stats.Commas(element);
        // Children by index: AngleSharp finds a sibling by searching its parent's child list.
        var childNodes9 = element.ChildNodes;
        for (var c9 = 0; c9 < childNodes9.Length; c9++)
        {
            if (childNodes9[c9] is not IElement child)
            {
                continue;
            }

            if (IsBlock(child.LocalName))
            {
                length -= stats.TextLength(child);
                commas -= stats.Commas(child);
            }
        }

        return (length, commas);
    }

    private double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" or "section" => options.ContainerInitialScore,
            "pre" or "td" or "blockquote" => options.QuoteInitialScore,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -options.ListInitialPenalty,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -options.HeadingInitialPenalty,
            _ => 0,
        };
        return score + (ClassPatterns.Weight(element) * options.ClassWeight);
    }

    private IElement LiftToSharedAncestor(IElement top, double topScore, List<KeyValuePair<IElement, double>> ranked, IElement root)
    {
        var alternatives = ranked.Skip(1)
            .Where(r => r.Value >= topScore * options.AlternativeCandidateShare)
            .Select(r => AncestorsOf(r.Key, root))
            .ToList();
        if (alternatives.Count < options.MinAlternativeCandidates)
        {
            return top;
        }

        for (var parent = top.ParentElement; parent is not null && parent != root; parent = parent.ParentElement)
        {
            var sharing = alternatives.Count(a => a.Contains(parent));
            if (sharing >= options.MinAlternativeCandidates)
            {
                return parent;
            }
        }

        return top;
    }

    private static HashSet<IElement> AncestorsOf(IElement element, IElement root)
    {
        var set = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        for (var e = element.ParentElement; e is not null && e != root; e = e.ParentElement)
        {
            set.Add(e);
        }

        return set;
    }

    private IElement ClimbWhileParentScoresWell(IElement top, Dictionary<IElement, double> scores, IElement root)
    {
        var lastScore = scores.GetValueOrDefault(top);
        var threshold = lastScore * options.MinParentScoreShare;
        for (var parent = top.ParentElement; parent is not null && parent != root; parent = parent.ParentElement)
        {
            if (!scores.TryGetValue(parent, out var parentScore))
            {
                continue;
            }

            if (parentScore < threshold)
            {
                break;
            }

            if (parentScore > lastScore)
            {
                return parent;
            }

            lastScore = parentScore;
        }

        return top;
    }

    private List<IElement> WithSiblings(IElement top, Dictionary<IElement, double> scores, TextStats stats, IElement root)
    {
        var parent = top.ParentElement;
        if (top == root || parent is null)
        {
            return [top];
        }

        var topScore = scores.GetValueOrDefault(top);
        var threshold = Math.Max(options.MinSiblingScore, topScore * options.SiblingScoreShare);
        var topClass = top.GetAttribute("class");
        var selected = new List<IElement>();
        // Children by index: AngleSharp finds a sibling by searching its parent's child list.
        var childNodes10 = parent.ChildNodes;
        for (var c10 = 0; c10 < childNodes10.Length; c10++)
        {
            if (childNodes10[c10] is not IElement sibling)
            {
                continue;
            }

            if (sibling == top)
            {
                selected.Add(sibling);
                continue;
            }

            var score = scores.GetValueOrDefault(sibling);
            if (!string.IsNullOrEmpty(topClass) && string.Equals(sibling.GetAttribute("class"), topClass, StringComparison.Ordinal))
            {
                score += topScore * options.SameClassBonusShare;
            }

            if (score >= threshold && scores.ContainsKey(sibling))
            {
                selected.Add(sibling);
                continue;
            }

            if (sibling.LocalName == "p")
            {
                var length = stats.TextLength(sibling);
                var density = stats.LinkDensity(sibling);
                if ((length >= options.MinSiblingParagraphChars && density < options.MaxSiblingParagraphLinkDensity)
                    || (length > 0 && density == 0 && TextTools.EndsSentence(DomWalk.Text(sibling))))
                {
                    selected.Add(sibling);
                }
            }
        }

        return selected;
    }
}
