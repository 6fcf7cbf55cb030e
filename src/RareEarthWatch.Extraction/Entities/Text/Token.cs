namespace RareEarthWatch.Extraction.Entities.Text;

/// <summary>
/// A word (a run of letters and digits) or a single punctuation character of the main text.
/// Hyphens and whitespace separate tokens and are not tokens themselves, so "rare-earth" and "rare earth"
/// give the same tokens. <see cref="Text"/> has typographic apostrophes normalised to '.
/// </summary>
public readonly record struct Token(int Start, int Length, string Text, bool IsWord)
{
    public int End => Start + Length;

    /// <summary>True when the token starts with an upper-case letter.</summary>
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>True when the token is a capitalised word with only lower-case letters after the first ("Grab").</summary>
    public bool IsTitleCaseWord
    {
        get
        {
            if (!IsWord || Text.Length < 2 || !char.IsUpper(Text[0]))
            {
                return false;
            }

            for (var i = 1; i < Text.Length; i++)
            {
                if (!char.IsLower(Text[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
