using System.CommandLine;
using AdcsSite.Generator.Content;

namespace AdcsSite.Generator.Cli;

public static class NewCommand
{
    public static Command Create(SiteFolders folders)
    {
        var title = new Argument<string>("title") { Description = "The post's title, in quotes." };
        var author = new Option<string[]>("--author") { Description = "Author id from input/authors.yml (repeatable).", AllowMultipleArgumentsPerToken = true };
        var tags = new Option<string>("--tags") { Description = "Comma-separated tag ids, e.g. send,funding." };
        var post = new Command("post", "Create a new post with today's date and its front matter filled in.") { title, author, tags };
        post.Options.Add(folders.Input);
        post.SetAction(result => CommandRunner.Run(result, () =>
        {
            var input = folders.InputPath(result);
            var settings = ContentLoader.ReadSettings(new DiskSourceTree(input));
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.Now, settings.TimeZone).DateTime);
            var (path, text) = NewPost.Compose(
                result.GetValue(title)!,
                today,
                result.GetValue(author) ?? [],
                (result.GetValue(tags) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var full = Path.Combine(input, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            try
            {
                using var file = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
                file.Write(System.Text.Encoding.UTF8.GetBytes(text));
            }
            catch (IOException) when (File.Exists(full))
            {
                throw new SiteException(Diagnostic.Error(BuildCommand.DisplayName(full), 0, 0, "a post with this slug already exists; choose another title or edit that file"));
            }

            Console.WriteLine(BuildCommand.DisplayName(full));
            return 0;
        }));
        return new Command("new", "Create new content.") { post };
    }
}
