using System.Text.RegularExpressions;

namespace AdcsSite.Generator.Import;

/// <summary>A photo's caption and credit as a web page printed them under a picture the dump does not have.</summary>
public sealed record PhotoCaption(string? Caption, string Credit);

/// <summary>
/// Takes photo captions out of an article's text: "Jones: '…' she says regarding adoption reforms. Image: Alex Deverill"
/// describes a picture, it is not a paragraph of the article. The first caption is kept for the front matter.
/// </summary>
public static partial class PhotoCaptions
{
    /// <summary>A credit names a photographer or an agency; a longer tail is a sentence that happens to contain "Picture:".</summary>
    private const int LongestCredit = 60;

    public static (IReadOnlyList<string> Lines, PhotoCaption? Caption) Extract(IReadOnlyList<string> lines)
    {
        PhotoCaption? first = null;
        var kept = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            if (Read(line) is { } caption)
            {
                first ??= caption;
            }
            else
            {
                kept.Add(line);
            }
        }

        return (first is null ? lines : DumpText.TrimBlankEdges(kept), first);
    }

    public static PhotoCaption? Read(string line) =>
        CreditLine().Match(line) is { Success: true } m && m.Groups["credit"].Length <= LongestCredit
            ? new PhotoCaption(m.Groups["caption"].Value is { Length: > 0 } caption ? caption : null, m.Groups["credit"].Value)
            : null;

    /// <summary>"… reforms. Image: Alex Deverill", "Photo: PA", "Picture credit: Getty Images": the line ends with the credit.</summary>
    [GeneratedRegex(@"^(?:(?<caption>.*?[.!?’'”""]?)\s+)?(?:Image|Photo|Photograph|Picture|Pic)(?: credit)?: (?<credit>[A-Z][\p{L}’'.&/ -]*[\p{L}.])$")]
    private static partial Regex CreditLine();
}
