using AdcsSite.Generator.Content;

namespace AdcsSite.Generator.Import;

/// <summary>Line-level helpers every reader shares.</summary>
public static class DumpText
{
    /// <summary>The dump's lines, trimmed (including the no-break spaces some sources pad with); blank lines stay as "".</summary>
    public static List<string> Lines(string text) =>
        [.. (text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text).ReplaceLineEndings("\n").Split('\n').Select(line => line.Trim())];

    /// <summary>A line with letters and no lower-case letter, e.g. "HEALTH REFORM" or "CHILDREN'S SERVICES".</summary>
    public static bool IsAllCapitals(string line) =>
        line.Any(char.IsLetter) && !line.Any(char.IsLower);

    public static int IndexOfLine(IReadOnlyList<string> lines, Func<string, bool> match, int from = 0)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (match(lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public static int NextNonBlank(IReadOnlyList<string> lines, int from) => IndexOfLine(lines, line => line.Length > 0, from);

    public static int PreviousNonBlank(IReadOnlyList<string> lines, int from)
    {
        for (var i = from; i >= 0; i--)
        {
            if (lines[i].Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The lines with leading and trailing blank lines removed.</summary>
    public static List<string> TrimBlankEdges(IEnumerable<string> lines)
    {
        var list = lines.ToList();
        var start = list.FindIndex(line => line.Length > 0);
        var end = list.FindLastIndex(line => line.Length > 0);
        return start < 0 ? [] : list[start..(end + 1)];
    }

    /// <param name="line">0-based index into <see cref="Lines"/>; reported 1-based.</param>
    public static SiteException Malformed(string sourcePath, int line, string message) =>
        new(Diagnostic.Error(sourcePath, line + 1, 1, message));
}
