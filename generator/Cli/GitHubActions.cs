using System.Globalization;
using System.Text;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Pipeline;

namespace AdcsSite.Generator.Cli;

/// <summary>
/// What a workflow on GitHub reads: findings as workflow commands, which GitHub shows on the pull request's diff
/// line, and a build's summary for the job page. Pure: the caller supplies paths and writes the text.
/// </summary>
public static class GitHubActions
{
    /// <summary>"::error file=input/posts/a.md,line=4,col=7::message"; a finding with no line (0) names only the file.</summary>
    /// <param name="repositoryPath">The finding's file relative to the repository root, '/'-separated, as GitHub names it in a diff.</param>
    public static string Annotation(Diagnostic finding, string repositoryPath)
    {
        var command = new StringBuilder(finding.Severity == Severity.Error ? "::error" : "::warning");
        command.Append(" file=").Append(EscapeProperty(repositoryPath));
        if (finding.Line > 0)
        {
            command.Append(",line=").Append(finding.Line.ToString(CultureInfo.InvariantCulture));
            command.Append(",col=").Append(Math.Max(finding.Column, 1).ToString(CultureInfo.InvariantCulture));
        }

        return command.Append("::").Append(EscapeData(finding.Message)).ToString();
    }

    /// <summary>The build's one-line summary and its counts, as Markdown for $GITHUB_STEP_SUMMARY.</summary>
    public static string StepSummary(BuildResult build, string summaryLine) =>
        string.Create(CultureInfo.InvariantCulture, $"""
            ### Site build

            {summaryLine}

            | posts | pages | tags | authors | files | warnings | seconds |
            |---:|---:|---:|---:|---:|---:|---:|
            | {build.Posts} | {build.Pages} | {build.Tags} | {build.Authors} | {build.FilesWritten} | {build.Warnings.Count} | {build.Total.TotalSeconds:0.00} |

            """);

    /// <summary>A finding's path as GitHub names files: relative to the repository root, '/'-separated.</summary>
    /// <param name="displayPath">The path as the finding gives it: relative to the current folder, or absolute.</param>
    public static string RepositoryPath(string displayPath, string currentFolder, string repositoryRoot) =>
        Path.GetRelativePath(repositoryRoot, Path.GetFullPath(displayPath, currentFolder)).Replace('\\', '/');

    // As GitHub's own toolkit escapes workflow commands (@actions/core, command.ts): a message may hold any text but
    // '%' and line breaks; a property value ends at ',' and the properties at ':' too.
    private static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
