namespace AdcsSite.Generator.Pipeline;

/// <summary>Times the steps of a build and tells a progress display which one is running.</summary>
internal sealed class BuildSteps(Action<string>? progress)
{
    private readonly List<(string, TimeSpan)> times = [];
    private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();

    public IReadOnlyList<(string Step, TimeSpan Time)> Times => times;

    public T Run<T>(string name, Func<T> work)
    {
        progress?.Invoke(name);
        clock.Restart();
        var result = work();
        times.Add((name, clock.Elapsed));
        return result;
    }
}
