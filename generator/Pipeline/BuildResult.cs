using AdcsSite.Generator.Content;

namespace AdcsSite.Generator.Pipeline;

public sealed record BuildResult(int Posts, int Pages, int Tags, int Authors, int FilesWritten, IReadOnlyList<StepTime> Steps, IReadOnlyList<Diagnostic> Warnings)
{
    public TimeSpan Total
    {
        get
        {
            // A loop, not Aggregate: generic code over a value type is compiled when the build first runs it.
            var total = TimeSpan.Zero;
            foreach (var step in Steps)
            {
                total += step.Time;
            }

            return total;
        }
    }
}
