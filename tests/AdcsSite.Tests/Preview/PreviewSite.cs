using System.Net.Sockets;
using System.Text;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Pipeline;
using AdcsSite.Generator.Preview;
using AdcsSite.Tests.Support;

namespace AdcsSite.Tests.Preview;

/// <summary>
/// A preview server on a free port over a temporary copy of the basic fixture site and the repository's theme,
/// so tests can edit files freely. Dispose stops the server and deletes the copy.
/// </summary>
public sealed class PreviewSite : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly StringWriter log;

    private PreviewSite(string root, PreviewServer server, StringWriter log)
    {
        Root = root;
        Server = server;
        this.log = log;
        Http = new HttpClient { BaseAddress = server.Url, Timeout = Patience };
    }

    public string Root { get; }

    public PreviewServer Server { get; }

    public HttpClient Http { get; }

    /// <summary>What the server printed; read it only after an event, when the build that printed it is done.</summary>
    public string Log => log.ToString();

    public static async Task<PreviewSite> StartAsync(string basePath = "/")
    {
        var root = Path.Combine(Path.GetTempPath(), "adcs-preview-" + Guid.NewGuid().ToString("N"));
        CopyFolder(TestSite.FixturePath("basic"), Path.Combine(root, "input"));
        CopyFolder(Path.Combine(TestSite.RepositoryRoot, "theme"), Path.Combine(root, "theme"));

        var log = new StringWriter();
        var options = new PreviewOptions(
            new DiskSourceTree(Path.Combine(root, "input"), "input"),
            new DiskSourceTree(Path.Combine(root, "theme"), "theme"),
            new BuildOptions(),
            Port: 0,
            BasePath: basePath);
        var server = await PreviewServer.StartAsync(options, TextWriter.Synchronized(log));
        return new PreviewSite(root, server, log);
    }

    /// <summary>Saves a file the way editors do: written beside it, then renamed over it, so no reader sees half of it.</summary>
    public void Save(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        var scratch = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".tmp");
        File.WriteAllText(scratch, text);
        File.Move(scratch, path, overwrite: true);
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>Sends <paramref name="target"/> exactly as given: HttpClient would resolve dot segments before sending.</summary>
    public async Task<(int Status, string Response)> RawGet(string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(Server.Url.Host, Server.Url.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {Server.Url.Authority}\r\nConnection: close\r\n\r\n"));
        var response = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync().WaitAsync(Patience);
        return (int.Parse(response.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), response);
    }

    public async Task<EventStream> ListenForReloads()
    {
        var response = await Http.GetAsync(LiveReload.EventsPath, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var events = new EventStream(response);

        // The first event says which build is current; once it arrives, later rebuilds are sure to be announced.
        Assert.Equal("version", (await events.Next()).Name);
        return events;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

/// <summary>Reads server-sent events one at a time.</summary>
public sealed class EventStream(HttpResponseMessage response) : IDisposable
{
    private readonly StreamReader reader = new(response.Content.ReadAsStream());

    public async Task<(string Name, string Data)> Next()
    {
        string? name = null, data = null;
        while (await reader.ReadLineAsync().WaitAsync(PreviewSite.Patience) is { } line)
        {
            if (line.Length == 0 && name is not null)
            {
                return (name, data ?? "");
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
        }

        throw new EndOfStreamException("the server closed the event stream");
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
    }
}
