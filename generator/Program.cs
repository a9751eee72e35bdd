using System.CommandLine;
using AdcsSite.Generator.Cli;

var folders = new SiteFolders();
var root = new RootCommand("AdcsSite: builds the ADCS blog archive from input/ and theme/ into a static site.")
{
    BuildCommand.Create(folders),
    ImportCommand.Create(folders),
};

return await root.Parse(args).InvokeAsync();
