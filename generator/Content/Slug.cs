using System.Globalization;
using System.Text;

namespace AdcsSite.Generator.Content;

/// <summary>The one slug function: every URL segment for posts, pages, tags and authors comes from here.</summary>
public static class Slug
{
    public const string Fallback = "untitled";

    /// <summary>NFC, accents folded to ASCII, lower case, every run of other characters to a single '-'; never empty.</summary>
    /// <example>Slug.From("Ofsted’s new framework: café &amp; SEND") == "ofsteds-new-framework-cafe-send"</example>
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var result = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && result.Length > 0)
                {
                    result.Append('-');
                }

                pendingDash = false;
                result.Append(char.ToLowerInvariant(c));
            }
            else if (IsElided(c))
            {
                // Apostrophes and combining accents vanish: "children's" -> "childrens", "é" -> "e".
            }
            else
            {
                pendingDash = true;
            }
        }

        return result.Length == 0 ? Fallback : result.ToString();
    }

    private static bool IsElided(char c) =>
        c is '\'' or '’' or '‘' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format;
}
