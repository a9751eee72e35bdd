using System.CommandLine;

namespace AdcsSite.Generator.Cli;

public static class BuildCommand
{
    public static Command Create(SiteFolders folders)
    {
        var command = new Command("build", "Build the site into the output folder.");
        folders.AddInputAndTheme(command);
        command.Options.Add(folders.Output);
        command.SetAction(result =>
        {
            Console.WriteLine($"input: {folders.InputPath(result)}");
            return 0;
        });
        return command;
    }
}
