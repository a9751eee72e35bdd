using System.CommandLine;
using System.Text.Json.Nodes;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Pipeline;

namespace AdcsSite.Generator.Cli;

public static class CheckCommand
{
    public static Command Create(SiteFolders folders)
    {
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
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
            if (result.GetValue(format) == "json")
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
                foreach (var finding in findings)
                {
                    Console.WriteLine(finding.ToString());
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
