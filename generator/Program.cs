using System.CommandLine;
using AdcsSite.Generator.Cli;

var folders = new SiteFolders();
var switches = new BuildSwitches();
var root = new RootCommand("AdcsSite: builds the ADCS blog archive from input/ and theme/ into a static site.")
{
    BuildCommand.Create(folders, switches),
    PreviewCommand.Create(folders, switches),
    CheckCommand.Create(folders),
    NewCommand.Create(folders),
    ImportCommand.Create(folders),
};
root.Options.Add(CommandRunner.Verbose);
root.Options.Add(CommandRunner.Quiet);

return await root.Parse(args).InvokeAsync();
