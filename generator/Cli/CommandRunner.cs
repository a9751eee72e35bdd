using System.CommandLine;
using AdcsSite.Generator.Content;

namespace AdcsSite.Generator.Cli;

/// <summary>How every command ends: findings to stderr as file:line:col lines, exit code 1 on errors, stack traces only with --verbose.</summary>
public static class CommandRunner
{
    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Show each step's time, CPU and allocations, and full error details.", Recursive = true };

    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print only errors and warnings.", Recursive = true };

    public static int Run(ParseResult result, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (SiteException e)
        {
            Report(e.Diagnostics);
            var errors = e.Diagnostics.Count(d => d.Severity == Severity.Error);
            Console.Error.WriteLine($"{result.CommandResult.Command.Name} failed: {errors} error{(errors == 1 ? "" : "s")}; nothing was changed.");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {(result.GetValue(Verbose) ? e.ToString() : e.Message)}");
            Console.Error.WriteLine($"{result.CommandResult.Command.Name} failed; nothing was changed.");
            return 1;
        }
        catch (Exception e)
        {
            // A bug, not bad input: say so plainly, and keep the stack trace for --verbose and bug reports.
            Console.Error.WriteLine($"internal error: {(result.GetValue(Verbose) ? e.ToString() : $"{e.Message} (run again with --verbose for details)")}");
            Console.Error.WriteLine($"{result.CommandResult.Command.Name} failed; nothing was changed.");
            return 1;
        }
    }

    public static void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToString());
        }
    }
}
