using System.CommandLine;
using System.Globalization;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Pipeline;
using AdcsSite.Generator.Publishing;

namespace AdcsSite.Generator.Cli;

public static class BuildCommand
{
    public static Command Create(SiteFolders folders, BuildSwitches switches)
    {
        var command = new Command("build", "Build the site into the output folder. The previous site stays in place unless the build succeeds.");
        folders.AddInputAndTheme(command);
        command.Options.Add(folders.Output);
        switches.AddTo(command);
        command.SetAction(result => CommandRunner.Run(result, () =>
        {
            var output = folders.OutputPath(result);
            using var sink = new DiskOutputSink(output);
            BuildResult build;
            try
            {
                build = SiteBuilder.Build(
                    new DiskSourceTree(folders.InputPath(result), DisplayName(folders.InputPath(result))),
                    new DiskSourceTree(folders.ThemePath(result), DisplayName(folders.ThemePath(result))),
                    switches.Options(result) with { Progress = TerminalProgress.For(result) },
                    sink);
            }
            finally
            {
                TerminalProgress.Clear(result);
            }

            CommandRunner.Report(build.Warnings);
            if (result.GetValue(CommandRunner.Verbose))
            {
                foreach (var step in build.Steps)
                {
                    Console.WriteLine(FormattableString.Invariant(
                        $"  {step.Step,-24} {step.Time.TotalMilliseconds,8:0.0} ms, {step.Cpu.TotalMilliseconds,8:0} ms CPU, {step.AllocatedBytes / 1048576.0,6:0} MiB allocated"));
                }

                // Methods compiled as the build ran: what the ReadyToRun images did not cover (none under NativeAOT).
                Console.WriteLine(FormattableString.Invariant(
                    $"  just-in-time compiling   {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,8:0.0} ms for {System.Runtime.JitInfo.GetCompiledMethodCount()} methods"));

                // Collections pause every thread of the build, so their time is wall time the steps above include.
                Console.WriteLine(FormattableString.Invariant(
                    $"  garbage collection       {GC.GetTotalPauseDuration().TotalMilliseconds,8:0.0} ms paused in {GC.CollectionCount(0)} collections ({GC.CollectionCount(1)} gen 1, {GC.CollectionCount(2)} gen 2), {GC.GetTotalAllocatedBytes() / 1048576.0:0} MiB allocated"));
            }

            var summary = string.Create(
                CultureInfo.InvariantCulture,
                $"Built {build.Posts} posts, {build.Pages} pages, {build.Tags} tags, {build.Authors} authors: {build.FilesWritten} files in {build.Total.TotalSeconds:0.00} s -> {DisplayName(output)}");
            if (!result.GetValue(CommandRunner.Quiet))
            {
                Console.WriteLine(summary);
            }

            // Set by GitHub Actions: what a step appends there is shown on the job's page.
            if (Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } stepSummary)
            {
                File.AppendAllText(stepSummary, GitHubActions.StepSummary(build, summary));
            }

            return 0;
        }));
        return command;
    }

    /// <summary>Paths in messages are shown relative to the current folder when inside it, as editors see them.</summary>
    public static string DisplayName(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }
}

/// <summary>Options that change what a build includes: base URL, drafts, future posts, a pinned clock.</summary>
public sealed class BuildSwitches
{
    public Option<string> BaseUrl { get; } = new("--base-url") { Description = "Absolute URL (or path) the site is served from, e.g. https://owner.github.io/AdcsSite/." };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include posts marked 'draft: true'." };

    public Option<bool> Future { get; } = new("--future") { Description = "Include posts dated after now." };

    public Option<string> Now { get; } = new("--now") { Description = "Pin the current date and time (e.g. 2020-01-01) for reproducible builds." };

    public void AddTo(Command command)
    {
        command.Options.Add(BaseUrl);
        command.Options.Add(Drafts);
        command.Options.Add(Future);
        command.Options.Add(Now);
    }

    public BuildOptions Options(ParseResult result)
    {
        DateTimeOffset? now = null;
        if (result.GetValue(Now) is { } text)
        {
            now = ContentDates.Parse(text, TimeZoneInfo.Utc)
                ?? throw new SiteException(Diagnostic.Error("--now", 0, 0, $"'{text}' is not a date; use YYYY-MM-DD or ISO 8601"));
        }

        return new BuildOptions(result.GetValue(BaseUrl), result.GetValue(Drafts), result.GetValue(Future), now);
    }
}

/// <summary>The current build step on one rewritten line, only when a person watches a terminal; CI logs get plain lines.</summary>
public static class TerminalProgress
{
    public static Action<string>? For(ParseResult result) =>
        Shown(result) ? step => Console.Write($"\r  {step}…".PadRight(40)) : null;

    public static void Clear(ParseResult result)
    {
        if (Shown(result))
        {
            Console.Write("\r" + new string(' ', 40) + "\r");
        }
    }

    private static bool Shown(ParseResult result) =>
        !Console.IsOutputRedirected && !result.GetValue(CommandRunner.Quiet) && !result.GetValue(CommandRunner.Verbose);
}
