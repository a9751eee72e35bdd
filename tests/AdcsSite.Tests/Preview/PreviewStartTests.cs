using System.Net;
using System.Net.Sockets;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Pipeline;
using AdcsSite.Generator.Preview;
using AdcsSite.Tests.Support;

namespace AdcsSite.Tests.Preview;

public sealed class PreviewStartTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "adcs-preview-start-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_page_asked_for_while_the_first_build_runs_is_served_once_it_is_done()
    {
        PreviewSite.CopyFolder(TestSite.FixturePath("basic"), Path.Combine(root, "input"));
        PreviewSite.CopyFolder(Path.Combine(TestSite.RepositoryRoot, "theme"), Path.Combine(root, "theme"));
        // Enough posts that the first build is still running when the port starts answering.
        for (var i = 0; i < 1500; i++)
        {
            File.WriteAllText(
                Path.Combine(root, "input", "posts", $"extra-{i}.md"),
                $"---\ntitle: Extra {i}\ndate: 2015-01-01\n---\n{string.Concat(Enumerable.Repeat($"Paragraph {i} with *some* words.\n\n", 30))}");
        }

        var port = FreePort();
        var options = new PreviewOptions(new DiskSourceTree(Path.Combine(root, "input"), "input"), new DiskSourceTree(Path.Combine(root, "theme"), "theme"), new BuildOptions(), Port: port);
        var starting = PreviewServer.StartAsync(options, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = PreviewSite.Patience };

        var response = await GetOnceListening(http);
        await using var server = await starting;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Fixture &lt;Blog&gt; &amp; Co", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<HttpResponseMessage> GetOnceListening(HttpClient http)
    {
        var deadline = DateTime.UtcNow + PreviewSite.Patience;
        while (true)
        {
            try
            {
                return await http.GetAsync("");
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(5);
            }
        }
    }
}
