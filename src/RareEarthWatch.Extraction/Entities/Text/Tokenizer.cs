namespace RareEarthWatch.Extraction.Entities.Text;

/// <summary>Splits text into <see cref="Token"/>s (see there for the rules).</summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(start, i - start, text[start..i], IsWord: true));
            }
            else if (char.IsWhiteSpace(c) || IsHyphen(c))
            {
                i++;
            }
            else
            {
                tokens.Add(new Token(i, 1, NormalisePunctuation(c), IsWord: false));
                i++;
            }
        }

        return tokens;
    }

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static string NormalisePunctuation(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '`' => "'",
        '\u201C' or '\u201D' => "\"",
        _ => c.ToString(),
    };
}
