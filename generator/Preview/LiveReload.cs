using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace AdcsSite.Generator.Preview;

/// <summary>
/// Tells open pages to reload over server-sent events. Pages learn about it from a script added to HTML responses as
/// they are served, so built output never contains it. Each page knows the build it was served from and compares it
/// with the newest one when it connects, so a rebuild that finished between loading and connecting is not missed.
/// </summary>
public sealed class LiveReload
{
    public const string EventsPath = "/__adcs/reload";
    public const string ReloadEvent = "reload";
    public const string StylesheetsEvent = "css";

    private readonly ConcurrentDictionary<Channel<string>, bool> clients = new();

    /// <summary>Sends every open page the event for a new build: a stylesheet swap when only CSS changed and the build is good.</summary>
    public void Announce(SiteSnapshot snapshot, ChangeKind kind)
    {
        var message = Event(kind == ChangeKind.Stylesheets && !snapshot.Failed ? StylesheetsEvent : ReloadEvent, snapshot.Version);
        foreach (var client in clients.Keys)
        {
            client.Writer.TryWrite(message);
        }
    }

    /// <summary>Holds an event stream open until the page goes away or the server stops.</summary>
    public async Task Stream(HttpContext context, int currentVersion)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var client = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        clients[client] = true;
        try
        {
            await Send(context, Event("version", currentVersion));
            await foreach (var message in client.Reader.ReadAllAsync(context.RequestAborted))
            {
                await Send(context, message);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The page closed or reloaded.
        }
        finally
        {
            clients.TryRemove(client, out _);
        }
    }

    /// <summary>Ends every open stream, so the server can stop without waiting for browsers.</summary>
    public void Close()
    {
        foreach (var client in clients.Keys)
        {
            client.Writer.TryComplete();
        }
    }

    /// <summary>Adds the reload script before the last &lt;/body&gt; (or at the end when there is none).</summary>
    public static byte[] Inject(byte[] html, int version)
    {
        var text = Encoding.UTF8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(text.Insert(at < 0 ? text.Length : at, Script(version)));
    }

    public static string Script(int version) => $$"""
        <script data-adcs-preview>
        (() => {
          let version = {{version.ToString(CultureInfo.InvariantCulture)}};
          const events = new EventSource('{{EventsPath}}');
          events.addEventListener('version', e => { if (Number(e.data) !== version) location.reload(); });
          events.addEventListener('{{ReloadEvent}}', () => location.reload());
          events.addEventListener('{{StylesheetsEvent}}', e => {
            version = Number(e.data);
            for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
              const url = new URL(link.href);
              url.searchParams.set('adcs-build', e.data);
              link.href = url.href;
            }
          });
        })();
        </script>

        """;

    private static string Event(string name, int version) =>
        string.Create(CultureInfo.InvariantCulture, $"event: {name}\ndata: {version}\n\n");

    private static async Task Send(HttpContext context, string message)
    {
        await context.Response.WriteAsync(message, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }
}
