using System.Diagnostics;

namespace AdcsSite.Tests.Support;

/// <summary>Runs the real generator executable (copied next to the tests) as a user would.</summary>
public static class GeneratorProcess
{
    public static (int ExitCode, string Out, string Error) Run(string workingDirectory, params string[] args) =>
        Run(workingDirectory, [], args);

    /// <param name="environment">Variables set for this run only, such as those GitHub Actions sets.</param>
    public static (int ExitCode, string Out, string Error) Run(string workingDirectory, (string Name, string Value)[] environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AdcsSite.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"AdcsSite {string.Join(' ', args)} did not finish");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
