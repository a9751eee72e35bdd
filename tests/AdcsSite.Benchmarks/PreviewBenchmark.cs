using System.Diagnostics;
using System.Globalization;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Pipeline;
using AdcsSite.Generator.Pipeline.Incremental;
using AdcsSite.Generator.Preview;
using AdcsSite.Generator.Publishing;

namespace AdcsSite.Benchmarks;

/// <summary>
/// Issues 4 and 15's targets, measured end to end on a generated corpus: the time from saving one post to the reload
/// event (median of several saves), a template change against a cold build, and the server's memory before and after
/// hundreds of saves. A harness rather than a timed test: the figures depend on the machine, so they are printed, not
/// asserted.
/// </summary>
public static class PreviewBenchmark
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public static async Task<int> Run(string[] args)
    {
        if (args.Length == 0 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("preview: give the folder of a generated corpus (python3 ../shared/bench/gen-corpus.py 10000 --seed 42 --out /tmp/c10k)");
            return 2;
        }

        var theme = args.Length > 1 ? args[1] : Path.Combine(Repository.Root(), "theme");
        var saves = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
        var manySaves = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 300;
        var work = Path.Combine(Path.GetTempPath(), "adcs-bench-" + Guid.NewGuid().ToString("N"));
        Copy(args[0], Path.Combine(work, "input"));
        Copy(theme, Path.Combine(work, "theme"));
        try
        {
            var input = new DiskSourceTree(Path.Combine(work, "input"), "input");
            var themeTree = new DiskSourceTree(Path.Combine(work, "theme"), "theme");
            // The server goes first, so its rebuilds run no code the in-process builds have already warmed up.
            var served = await Served(input, themeTree, saves, manySaves);
            var cold = InProcess(input, themeTree);
            Console.WriteLine();
            Console.WriteLine($"cold build (median of {cold.Cold.Count}):             {Ms(Median(cold.Cold))}");
            Console.WriteLine($"template change re-render (median of {cold.Templates.Count}): {Ms(Median(cold.Templates))}");
            Console.WriteLine($"one post changed, rebuild (median of {cold.Post.Count}):   {Ms(Median(cold.Post))}");
            Console.WriteLine($"one post changed, planned (median of {cold.Planned.Count}): {Ms(Median(cold.Planned))}");
            Console.WriteLine($"save post body -> reload event (median of {served.Bodies.Count}):   {Ms(Median([.. served.Bodies.Select(s => s.Reload)]))}  (includes the {Ms(SourceWatcher.QuietWindow)} quiet window)");
            Console.WriteLine($"save post body -> its page served (median of {served.Bodies.Count}): {Ms(Median([.. served.Bodies.Select(s => s.Served)]))}");
            Console.WriteLine($"save post title -> reload event (median of {served.Titles.Count}):  {Ms(Median([.. served.Titles.Select(s => s.Reload)]))}");
            Console.WriteLine($"save post title -> its page served (median of {served.Titles.Count}): {Ms(Median([.. served.Titles.Select(s => s.Served)]))}");
            Console.WriteLine($"save template -> reload event:              {Ms(served.Template.Reload)}");
            Console.WriteLine($"save template -> a post page served:        {Ms(served.Template.Served)}");
            Console.WriteLine($"save template -> every page rendered:       {Ms(served.Template.Checked)}  (in the background, after the reload)");
            Console.WriteLine($"memory before {served.Memory.Saves} more saves: {served.Memory.Before}");
            Console.WriteLine($"memory after {served.Memory.Saves} more saves:  {served.Memory.After}");
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Builds in this process with <see cref="SiteBuilder"/> directly, printing each step's time.</summary>
    private static (List<TimeSpan> Cold, List<TimeSpan> Templates, List<TimeSpan> Post, List<TimeSpan> Planned) InProcess(DiskSourceTree input, DiskSourceTree theme)
    {
        var options = new BuildOptions(BaseUrl: "/");
        var cold = new List<TimeSpan>();
        var cache = new BuildCache();
        for (var i = 0; i < 3; i++)
        {
            cache = new BuildCache();
            cold.Add(Timed($"cold build {i + 1}", () => SiteBuilder.Build(input, theme, options, new MemoryOutputSink(), cache)));
        }

        var templates = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            cache.ForgetTemplates();
            templates.Add(Timed($"templates changed {i + 1}", () => SiteBuilder.Build(input, theme, options, new MemoryOutputSink(), cache)));
        }

        var post = new List<TimeSpan>();
        foreach (var path in input.Files(ContentLoader.PostsFolder).Take(3))
        {
            Edit(Path.Combine(input.Root, path));
            cache.ForgetInput([path]);
            post.Add(Timed($"post changed {post.Count + 1}", () => SiteBuilder.Build(input, theme, options, new MemoryOutputSink(), cache)));
        }

        // What the preview does after a post is saved: plan the site again; pages render as the browser asks for them.
        var planned = new List<TimeSpan>();
        foreach (var path in input.Files(ContentLoader.PostsFolder).Skip(3).Take(15))
        {
            Edit(Path.Combine(input.Root, path));
            cache.ForgetInput([path]);
            planned.Add(Timed($"post changed, planned {planned.Count + 1}", () => SiteBuilder.Plan(input, theme, options, cache).Steps));
        }

        return (cold, templates, post, planned);
    }

    /// <summary>Runs the real preview server and times file saves until the reload event reaches a listening client.</summary>
    private static async Task<(List<(TimeSpan Reload, TimeSpan Served)> Bodies, List<(TimeSpan Reload, TimeSpan Served)> Titles, (TimeSpan Reload, TimeSpan Served, TimeSpan Checked) Template, (int Saves, string Before, string After) Memory)> Served(DiskSourceTree input, DiskSourceTree theme, int saves, int manySaves)
    {
        await using var server = await PreviewServer.StartAsync(new PreviewOptions(input, theme, new BuildOptions(), Port: 0), Console.Out);
        using var http = new HttpClient { BaseAddress = server.Url, Timeout = Timeout.InfiniteTimeSpan };
        using var response = await http.GetAsync(LiveReload.EventsPath, HttpCompletionOption.ResponseHeadersRead);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync());
        await NextEvent(events);

        // After the reload event the browser asks for the page; it is rendered then, so that time is reported too.
        async Task<(TimeSpan Reload, TimeSpan Served)> SaveAndOpen(string path, Func<string, string> edit)
        {
            var clock = Stopwatch.StartNew();
            var marker = edit(path);
            await NextEvent(events);
            var reload = clock.Elapsed;
            var page = await http.GetStringAsync($"posts/{Path.GetFileNameWithoutExtension(path)}/");
            if (!page.Contains(marker, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"the page of {path} did not show the edit after the reload event");
            }

            return (reload, clock.Elapsed);
        }

        var posts = input.Files(ContentLoader.PostsFolder).Skip(10).Take(saves * 2).ToList();
        var bodies = new List<(TimeSpan Reload, TimeSpan Served)>();
        foreach (var path in posts.Take(saves))
        {
            bodies.Add(await SaveAndOpen(Path.Combine(input.Root, path), Edit));
        }

        var titles = new List<(TimeSpan Reload, TimeSpan Served)>();
        foreach (var path in posts.Skip(saves))
        {
            titles.Add(await SaveAndOpen(Path.Combine(input.Root, path), EditTitle));
        }

        // The footer is on every page; after the reload event the browser asks for the page it shows.
        var footer = Path.Combine(theme.Root, "partials/footer.html");
        var templateClock = Stopwatch.StartNew();
        var footerMark = $"<!-- edited {Guid.NewGuid():N} -->";
        Save(footer, File.ReadAllText(footer) + footerMark + "\n");
        await NextEvent(events);
        var templateReload = templateClock.Elapsed;
        var shown = await http.GetStringAsync($"posts/{Path.GetFileNameWithoutExtension(posts[0])}/");
        var templateServed = templateClock.Elapsed;
        if (!shown.Contains(footerMark, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the page served after the template change did not show it");
        }

        // Every other page is rendered in the background, so that every error the change causes is reported.
        await server.Session.Checking;
        var template = (templateReload, templateServed, templateClock.Elapsed);

        // Many more saves, titles and bodies in turn, of twenty posts an editor is working on, each page opened as a
        // browser would. Memory is measured after the first round, which stops the template change's background
        // rendering and renders what the rounds keep, and again at the end: kept pages, caches and plans are then the
        // same size, so anything that grew was held from earlier builds.
        var worked = input.Files(ContentLoader.PostsFolder).Skip(10 + saves * 2).Take(20).ToList();
        var before = "";
        for (var i = 0; i < manySaves + worked.Count; i++)
        {
            before = i == worked.Count ? Memory() : before;
            await SaveAndOpen(Path.Combine(input.Root, worked[i % worked.Count]), (i + (i / worked.Count)) % 2 == 0 ? Edit : EditTitle);
        }

        return (bodies, titles, template, (manySaves, before, Memory()));
    }

    /// <summary>The managed heap after a full, compacting collection that returns free memory to the system, and the process's working set then.</summary>
    private static string Memory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var heap = GC.GetTotalMemory(forceFullCollection: false);
        using var process = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture, $"GC heap {heap / 1048576.0:0} MiB, working set {process.WorkingSet64 / 1048576.0:0} MiB");
    }

    /// <summary>Changes the title, so the site is planned again rather than one body rendered. Returns the new title.</summary>
    private static string EditTitle(string path)
    {
        var title = $"Retitled {Guid.NewGuid():N}";
        var lines = File.ReadAllLines(path);
        var at = Array.FindIndex(lines, l => l.StartsWith("title:", StringComparison.Ordinal));
        lines[at] = $"title: \"{title}\"";
        Save(path, string.Join('\n', lines) + "\n");
        return title;
    }

    /// <summary>Appends a paragraph the way an editor saves: written beside the file, then renamed over it. Returns the paragraph's text.</summary>
    private static string Edit(string path)
    {
        var marker = $"Edited {Guid.NewGuid():N}.";
        Save(path, File.ReadAllText(path) + $"\n{marker}\n");
        return marker;
    }

    /// <summary>Saves the way editors do: written beside the file, then renamed over it.</summary>
    private static void Save(string path, string text)
    {
        var scratch = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".tmp");
        File.WriteAllText(scratch, text);
        File.Move(scratch, path, overwrite: true);
    }

    private static async Task NextEvent(StreamReader events)
    {
        while (await events.ReadLineAsync().WaitAsync(Patience) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                return;
            }
        }

        throw new EndOfStreamException("the preview closed its event stream");
    }

    private static TimeSpan Timed(string label, Func<BuildResult> build) => Timed(label, () => build().Steps);

    private static TimeSpan Timed(string label, Func<IReadOnlyList<StepTime>> build)
    {
        var steps = build();
        var total = steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Time);
        Console.WriteLine($"{label}: {Ms(total)} ({string.Join(", ", steps.Select(s => $"{s.Step} {Ms(s.Time)}"))})");
        return total;
    }

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    private static string Ms(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:0} ms");


    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
