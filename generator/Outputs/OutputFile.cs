namespace AdcsSite.Generator.Outputs;

/// <summary>One file the site will contain. <see cref="Origin"/> says what asked for it, for collision messages.</summary>
public abstract record OutputFile(string Path, string Origin);
