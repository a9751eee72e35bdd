using System.CommandLine;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Import;

namespace AdcsSite.Generator.Cli;

public static class ImportCommand
{
    public static Command Create(SiteFolders folders)
    {
        var force = new Option<bool>("--force") { Description = "Overwrite posts that were edited after import." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what would be created, changed or skipped; write nothing." };
        var command = new Command("import", "Turn the raw dumps in <input>/raw into Markdown posts in <input>/posts.");
        command.Options.Add(folders.Input);
        command.Options.Add(force);
        command.Options.Add(dryRun);
        command.SetAction(result =>
        {
            var options = new ImportOptions(result.GetValue(force), result.GetValue(dryRun));
            try
            {
                var report = Importer.Run(folders.InputPath(result), options);
                Print(report, options);
                return report.Errors.Count == 0 ? 0 : 1;
            }
            catch (SiteException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }

    private static void Print(ImportReport report, ImportOptions options)
    {
        foreach (var dump in report.Dumps)
        {
            Console.WriteLine($"{dump.Path}: {dump.Articles} article(s) ({dump.Format})");
        }

        foreach (var file in report.Files.Where(f => f.Outcome != PostOutcome.Unchanged))
        {
            Console.WriteLine($"{(options.DryRun ? "would be " : "")}{file.Outcome.ToString().ToLowerInvariant()}: {file.Path}{(file.Reason is null ? "" : $" ({file.Reason})")}");
        }

        foreach (var suggestion in report.Suggestions)
        {
            Console.WriteLine($"suggested writer ({suggestion.Confidence.ToString().ToLowerInvariant()} confidence, not applied): {suggestion.PostPath}: {suggestion.Writer}; to accept, set authors: [{suggestion.WriterId}]");
            foreach (var step in suggestion.Chain)
            {
                Console.WriteLine($"    {step}");
            }
        }

        foreach (var error in report.Errors)
        {
            Console.Error.WriteLine(error);
        }

        var verb = options.DryRun ? "would write" : "wrote";
        Console.WriteLine($"{report.Dumps.Sum(d => d.Articles)} articles from {report.Dumps.Count} dumps: {verb} {report.Count(PostOutcome.Created)} new, {report.Count(PostOutcome.Updated)} changed and {report.Count(PostOutcome.Moved)} moved files, {report.Count(PostOutcome.Unchanged)} unchanged, {report.Count(PostOutcome.Skipped)} skipped, {report.Suggestions.Count} writers suggested, {report.Errors.Count} errors{(options.DryRun ? " (dry run: nothing written)" : "")}");
    }
}
