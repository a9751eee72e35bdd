namespace AdcsSite.Benchmarks;

public static class Repository
{
    /// <summary>The folder holding AdcsSite.sln above the running binaries (BenchmarkDotNet runs them from its own folder).</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AdcsSite.sln")))
            {
                return dir.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
