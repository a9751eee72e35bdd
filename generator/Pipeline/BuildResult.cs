using AdcsSite.Generator.Content;

namespace AdcsSite.Generator.Pipeline;

public sealed record BuildResult(int Posts, int Pages, int Tags, int Authors, int FilesWritten, IReadOnlyList<StepTime> Steps, IReadOnlyList<Diagnostic> Warnings)
{
    public TimeSpan Total => Steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Time);
}
