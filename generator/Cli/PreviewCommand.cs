using System.CommandLine;
using AdcsSite.Generator.Content;
using AdcsSite.Generator.Pipeline;
using AdcsSite.Generator.Preview;

namespace AdcsSite.Generator.Cli;

public static class PreviewCommand
{
    public static Command Create(SiteFolders folders, BuildSwitches switches)
    {
        var port = new Option<int>("--port") { Description = "Port to listen on.", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to listen on; only this machine by default. 0.0.0.0 opens it to the network.", DefaultValueFactory = _ => "127.0.0.1" };
        var basePath = new Option<string>("--base-path") { Description = "Serve the site under this path, as GitHub Pages does, e.g. /AdcsSite/.", DefaultValueFactory = _ => "/" };
        var command = new Command("preview", "Build the site into memory and serve it, rebuilding and reloading the browser when input/ or theme/ change. Nothing is written to output/.");
        folders.AddInputAndTheme(command);
        command.Options.Add(port);
        command.Options.Add(host);
        command.Options.Add(basePath);
        command.Options.Add(switches.Drafts);
        command.Options.Add(switches.Future);
        command.SetAction(result => CommandRunner.Run(result, () =>
        {
            var options = new PreviewOptions(
                new DiskSourceTree(folders.InputPath(result), BuildCommand.DisplayName(folders.InputPath(result))),
                new DiskSourceTree(folders.ThemePath(result), BuildCommand.DisplayName(folders.ThemePath(result))),
                new BuildOptions(IncludeDrafts: result.GetValue(switches.Drafts), IncludeFuture: result.GetValue(switches.Future)),
                result.GetValue(host)!,
                result.GetValue(port),
                result.GetValue(basePath)!);
            return Serve(options).GetAwaiter().GetResult();
        }));
        return command;
    }

    private static async Task<int> Serve(PreviewOptions options)
    {
        await using var server = await PreviewServer.StartAsync(options, Console.Out);
        Console.WriteLine($"Serving {server.Url} (Ctrl+C to stop)");
        await server.WaitForShutdownAsync();
        return 0;
    }
}
