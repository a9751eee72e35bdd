using System.CommandLine;
using System.Text.Json.Nodes;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Pipeline;

namespace AdcsSite.Generator.Cli;

public static class CheckCommand
{
    public static Command Create(SiteFolders folders)
    {
        var format = new Option<string>("--format")
        {
            Description = "text (default), json, or github: GitHub Actions workflow commands, shown on the pull request's diff.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "github");
        var command = new Command("check", "Validate input/ without writing a site: front matter, authors, tags, links, images, dates, drafts.") { format };
        folders.AddInputAndTheme(command);
        command.SetAction(result => CommandRunner.Run(result, () =>
        {
            var input = folders.InputPath(result);
            var theme = folders.ThemePath(result);
            var findings = ContentCheck.Run(
                new DiskSourceTree(input, BuildCommand.DisplayName(input)),
                new DiskSourceTree(theme, BuildCommand.DisplayName(theme)),
                DateTimeOffset.Now);
            var chosen = result.GetValue(format);
            if (chosen == "json")
            {
                Console.WriteLine(new JsonArray([.. findings.Select(f => new JsonObject
                {
                    ["path"] = f.Path,
                    ["line"] = f.Line,
                    ["column"] = f.Column,
                    ["severity"] = f.Severity == Severity.Error ? "error" : "warning",
                    ["message"] = f.Message,
                })]).ToJsonString());
            }
            else
            {
                var repositoryRoot = Environment.GetEnvironmentVariable("GITHUB_WORKSPACE") is { Length: > 0 } workspace ? workspace : SiteFolders.RepositoryRoot();
                foreach (var finding in findings)
                {
                    Console.WriteLine(chosen == "github"
                        ? GitHubActions.Annotation(finding, GitHubActions.RepositoryPath(finding.Path, Environment.CurrentDirectory, repositoryRoot))
                        : finding.ToString());
                }

                if (!result.GetValue(CommandRunner.Quiet))
                {
                    Console.WriteLine($"{findings.Count(f => f.Severity == Severity.Error)} errors, {findings.Count(f => f.Severity == Severity.Warning)} warnings");
                }
            }

            return findings.Any(f => f.Severity == Severity.Error) ? 1 : 0;
        }));
        return command;
    }
}
