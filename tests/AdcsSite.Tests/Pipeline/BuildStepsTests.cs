using AdcsSite.Generator.Pipeline;

namespace AdcsSite.Tests.Pipeline;

public class BuildStepsTests
{
    [Fact]
    public void Each_step_is_announced_before_it_runs_and_recorded_in_order_with_what_it_allocated()
    {
        var announced = new List<string>();
        var steps = new BuildSteps(announced.Add);

        var bytes = steps.Run("allocate", () =>
        {
            Assert.Equal(["allocate"], announced);
            return new byte[4 << 20];
        });
        var nothing = steps.Run("return", () => 7);

        Assert.Equal(["allocate", "return"], announced);
        Assert.Equal(["allocate", "return"], steps.Times.Select(t => t.Step));
        Assert.Equal((4 << 20, 7), (bytes.Length, nothing));
        Assert.InRange(steps.Times[0].AllocatedBytes, 4 << 20, long.MaxValue);
        Assert.All(steps.Times, t => Assert.True(t.Time >= TimeSpan.Zero && t.Cpu >= TimeSpan.Zero, $"{t.Step}: {t.Time}, {t.Cpu}"));
    }
}
