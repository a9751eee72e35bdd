using System.Net;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdcsSite.Generator.Preview;

/// <param name="Port">0 picks a free port (tests).</param>
/// <param name="BasePath">Where the site is served, as on GitHub Pages: "/" or "/AdcsSite/".</param>
public sealed record PreviewOptions(DiskSourceTree Input, DiskSourceTree Theme, BuildOptions Build, string Host = "127.0.0.1", int Port = 5080, string BasePath = "/");

/// <summary>
/// Kestrel serving the <see cref="PreviewSession"/>'s newest snapshot from memory, rebuilt as <see cref="SourceWatcher"/>
/// reports changes, with <see cref="LiveReload"/> telling pages when to reload. Nothing is written to disk.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private const string VersionItem = "adcs.version";
    private const string NotFoundPage = "404.html";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication app;
    private readonly SourceWatcher watcher;
    private readonly LiveReload reload = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly string basePath;
    private readonly TextWriter log;
    private Task watching = Task.CompletedTask;

    // The port is bound before the first build, so that a port in use fails at once; a browser that asks meanwhile
    // waits for the site instead of getting the 404 of an empty one.
    private readonly TaskCompletionSource firstBuild = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PreviewServer(WebApplication app, SourceWatcher watcher, PreviewSession session, string basePath, TextWriter log)
    {
        this.app = app;
        this.log = log;
        this.watcher = watcher;
        this.basePath = basePath;
        Session = session;
        session.Published += reload.Announce;

        // Open event streams would otherwise hold a graceful shutdown (Ctrl+C) until its timeout.
        app.Lifetime.ApplicationStopping.Register(reload.Close);
        app.Use(InjectReloadScript);
        app.Map(new PathString(LiveReload.EventsPath), events => events.Run(context => reload.Stream(context, Session.Current.Version)));
        app.Run(context => firstBuild.Task.IsCompleted ? Serve(context) : ServeOnceBuilt(context));
    }

    public PreviewSession Session { get; }

    /// <summary>Where the site is, e.g. http://127.0.0.1:5080/AdcsSite/.</summary>
    public Uri Url => new(new Uri(app.Urls.First()), basePath);

    /// <summary>Binds the port, builds the site, then watches for changes. Fails with a clear message if the port is taken.</summary>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, TextWriter log)
    {
        var basePath = SitePaths.NormalizeBasePath(options.BasePath)
            ?? throw new SiteException(Diagnostic.Error("--base-path", 0, 0, $"'{options.BasePath}' is not a URL path such as /AdcsSite/"));
        var address = options.Host == "localhost" ? IPAddress.Loopback
            : IPAddress.TryParse(options.Host, out var parsed) ? parsed
            : throw new SiteException(Diagnostic.Error("--host", 0, 0, $"'{options.Host}' is not an IP address; use 127.0.0.1 (the default), 0.0.0.0 or a local address"));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // A failed start (port taken) is reported once, as a sentence, by the caller.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(address, options.Port));
        var session = new PreviewSession(options.Input, options.Theme, options.Build with { BaseUrl = basePath }, log);

        // Watching starts before the first build so an edit made while it runs is not lost.
        var server = new PreviewServer(builder.Build(), new SourceWatcher(options.Input.Root, options.Theme.Root), session, basePath, log);
        try
        {
            await server.app.StartAsync();
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            await server.DisposeAsync();
            throw new IOException($"port {options.Port} on {options.Host} is already in use (is another preview running?); stop it or pass --port with another number", e);
        }

        try
        {
            await Task.Run(session.BuildAll);
        }
        finally
        {
            server.firstBuild.TrySetResult();
        }

        server.watching = server.watcher.RunAsync(batch => Task.Run(() => session.Apply(batch)), server.stopping.Token);
        return server;
    }

    /// <summary>Runs until Ctrl+C (or the host is otherwise told to stop).</summary>
    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        watcher.Dispose();
        reload.Close();
        await watching;
        Session.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        stopping.Dispose();
    }

    private async Task ServeOnceBuilt(HttpContext context)
    {
        await firstBuild.Task.WaitAsync(context.RequestAborted);
        await Serve(context);
    }

    private Task Serve(HttpContext context)
    {
        var snapshot = Session.Current;
        context.Items[VersionItem] = snapshot.Version;
        context.Response.Headers.CacheControl = "no-store";
        if (snapshot.Failed)
        {
            return Write(context, StatusCodes.Status500InternalServerError, "error.html", ErrorPage.Render(snapshot.Errors));
        }

        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        switch (SitePaths.Resolve(target, basePath, snapshot.Files.Contains))
        {
            case Resolution.File file:
                return WriteFile(context, StatusCodes.Status200OK, file.Key, snapshot);
            case Resolution.Redirect redirect:
                context.Response.Redirect(redirect.Location, permanent: true);
                return Task.CompletedTask;
            default:
                return snapshot.Files.Contains(NotFoundPage)
                    ? WriteFile(context, StatusCodes.Status404NotFound, NotFoundPage, snapshot)
                    : Write(context, StatusCodes.Status404NotFound, "404.txt", "Not found: the site has no 404.html yet."u8.ToArray());
        }
    }

    /// <summary>Writes a file of the snapshot, or the errors of a page its templates could not render.</summary>
    private Task WriteFile(HttpContext context, int status, string path, SiteSnapshot snapshot)
    {
        ReadOnlyMemory<byte> body;
        try
        {
            body = snapshot.Files.Read(path);
        }
        catch (SiteException e)
        {
            foreach (var error in e.Diagnostics)
            {
                log.WriteLine($"{error} (while rendering {path})");
            }

            return Write(context, StatusCodes.Status500InternalServerError, "error.html", ErrorPage.Render(e.Diagnostics));
        }

        return Write(context, status, path, body);
    }

    private static Task Write(HttpContext context, int status, string fileName, ReadOnlyMemory<byte> body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypeOf(fileName);
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }

    public static string ContentTypeOf(string fileName)
    {
        if (!ContentTypes.TryGetContentType(fileName, out var type))
        {
            return "application/octet-stream";
        }

        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/xml" || type.EndsWith("+xml", StringComparison.Ordinal)
            ? type + "; charset=utf-8"
            : type;
    }

    /// <summary>Middleware: adds the live-reload script to HTML responses on their way out, never to the built files.</summary>
    private async Task InjectReloadScript(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments(LiveReload.EventsPath))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        var bytes = buffer.ToArray();
        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true && context.Items[VersionItem] is int version)
        {
            bytes = LiveReload.Inject(bytes, version);
            context.Response.ContentLength = bytes.Length;
        }

        await body.WriteAsync(bytes);
    }
}
