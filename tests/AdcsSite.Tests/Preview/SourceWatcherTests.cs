using System.Threading.Channels;
using AdcsSite.Generator.Preview;

namespace AdcsSite.Tests.Preview;

public class SourceWatcherTests
{
    [Fact]
    public async Task A_burst_of_events_becomes_one_batch_without_repeats()
    {
        var events = Channel.CreateUnbounded<string>();
        foreach (var path in new[] { "input/posts/a.md", "input/posts/.a.md.swp", "input/posts/a.md", "theme/assets/css/site.css" })
        {
            events.Writer.TryWrite(path);
        }

        events.Writer.Complete();
        var batches = new List<IReadOnlySet<string>>();

        await SourceWatcher.Debounce(events.Reader, TimeSpan.FromSeconds(1), batch =>
        {
            batches.Add(batch);
            return Task.CompletedTask;
        }, CancellationToken.None);

        var batch = Assert.Single(batches);
        Assert.Equal(["input/posts/.a.md.swp", "input/posts/a.md", "theme/assets/css/site.css"], batch.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Events_after_a_quiet_window_make_a_new_batch()
    {
        var events = Channel.CreateUnbounded<string>();
        var batches = Channel.CreateUnbounded<IReadOnlySet<string>>();
        using var stop = new CancellationTokenSource();
        var running = SourceWatcher.Debounce(events.Reader, TimeSpan.FromMilliseconds(50), batch => batches.Writer.WriteAsync(batch).AsTask(), stop.Token);

        events.Writer.TryWrite("input/posts/a.md");
        var first = await batches.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        events.Writer.TryWrite("input/posts/b.md");
        var second = await batches.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["input/posts/a.md"], first);
        Assert.Equal(["input/posts/b.md"], second);
    }
}
