using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace AdcsSite.Tests.Support;

/// <summary>Serves a built output folder under a path prefix on an ephemeral loopback port, like GitHub Pages.</summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StaticSiteServer(WebApplication app, string baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>"http://127.0.0.1:PORT" with no trailing slash.</summary>
    public string BaseAddress { get; }

    public static async Task<StaticSiteServer> StartAsync(string folder, string pathBase)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);
        app.UsePathBase(pathBase.TrimEnd('/'));
        app.Use(async (context, next) =>
        {
            // GitHub Pages serves only under the project path; anything else is a 404 there too.
            if (pathBase.Length > 1 && !context.Request.PathBase.HasValue)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next();
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        await app.StartAsync();
        var address = app.Urls.Single().TrimEnd('/');
        return new StaticSiteServer(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
