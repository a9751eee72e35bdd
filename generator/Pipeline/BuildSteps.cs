namespace AdcsSite.Generator.Pipeline;

/// <summary>
/// One step of a build: how long it took, the CPU the process used meanwhile (all its threads, and the kernel's work
/// for it) and the memory it allocated. On two cores a step whose CPU is not about twice its time left a core idle.
/// </summary>
public sealed record StepTime(string Step, TimeSpan Time, TimeSpan Cpu, long AllocatedBytes);

/// <summary>Times the steps of a build and tells a progress display which one is running.</summary>
internal sealed class BuildSteps(Action<string>? progress)
{
    private readonly List<StepTime> times = [];
    private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();

    public IReadOnlyList<StepTime> Times => times;

    public T Run<T>(string name, Func<T> work)
    {
        progress?.Invoke(name);
        var (cpu, allocated) = (Environment.CpuUsage.TotalTime, GC.GetTotalAllocatedBytes());
        clock.Restart();
        var result = work();
        times.Add(new StepTime(name, clock.Elapsed, Environment.CpuUsage.TotalTime - cpu, GC.GetTotalAllocatedBytes() - allocated));
        return result;
    }
}
