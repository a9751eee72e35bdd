using System.Threading.Channels;

namespace AdcsSite.Generator.Preview;

/// <summary>
/// Watches the input and theme folders and hands over changed paths in batches (see <see cref="ChangeClassifier"/>
/// for their form). Editors save in several steps and a git checkout touches many files, so events are collected
/// until the folders have been quiet for <see cref="QuietWindow"/>; each batch is handled once, one at a time.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    /// <summary>
    /// Long enough to join the events of one save (an editor's write, rename and attribute change come within a
    /// millisecond or two) and of a checkout, short enough not to be noticed: it is part of every reload's wait.
    /// </summary>
    public static readonly TimeSpan QuietWindow = TimeSpan.FromMilliseconds(10);

    private readonly Channel<string> changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<FileSystemWatcher> watchers = [];

    public SourceWatcher(string inputFolder, string themeFolder)
    {
        Watch(inputFolder, ChangeClassifier.InputRoot);
        Watch(themeFolder, ChangeClassifier.ThemeRoot);
    }

    /// <summary>Calls <paramref name="handle"/> with each batch of changed paths until <paramref name="stop"/> is cancelled.</summary>
    public Task RunAsync(Func<IReadOnlySet<string>, Task> handle, CancellationToken stop) =>
        Debounce(changes.Reader, QuietWindow, handle, stop);

    /// <summary>Groups what <paramref name="reader"/> yields into batches separated by <paramref name="quiet"/> of silence.</summary>
    public static async Task Debounce(ChannelReader<string> reader, TimeSpan quiet, Func<IReadOnlySet<string>, Task> handle, CancellationToken stop)
    {
        try
        {
            while (await reader.WaitToReadAsync(stop))
            {
                var batch = new HashSet<string>(StringComparer.Ordinal);
                do
                {
                    while (reader.TryRead(out var path))
                    {
                        batch.Add(path);
                    }
                }
                while (await MoreWithin(reader, quiet, stop));

                await handle(batch);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopping is the normal way out.
        }
    }

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }

        changes.Writer.TryComplete();
    }

    private static async Task<bool> MoreWithin(ChannelReader<string> reader, TimeSpan quiet, CancellationToken stop)
    {
        using var window = CancellationTokenSource.CreateLinkedTokenSource(stop);
        window.CancelAfter(quiet);
        try
        {
            return await reader.WaitToReadAsync(window.Token);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return false;
        }
    }

    private void Watch(string folder, string role)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Report(string fullPath) =>
            changes.Writer.TryWrite(Path.GetRelativePath(folder, fullPath) is var relative && relative == "." ? role : $"{role}/{relative.Replace('\\', '/')}");
        watcher.Changed += (_, e) => Report(e.FullPath);
        watcher.Created += (_, e) => Report(e.FullPath);
        watcher.Deleted += (_, e) => Report(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Report(e.OldFullPath);
            Report(e.FullPath);
        };

        // The event buffer overflowed, so some changes are unknown: the whole root counts as changed.
        watcher.Error += (_, _) => changes.Writer.TryWrite(role);
        watcher.EnableRaisingEvents = true;
        watchers.Add(watcher);
    }
}
