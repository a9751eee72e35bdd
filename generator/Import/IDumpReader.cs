namespace AdcsSite.Generator.Import;

/// <summary>Reads one shape of raw dump. Pure: text in, articles out; the path only names the source.</summary>
public interface IDumpReader
{
    /// <summary>A short name for reports, e.g. "blog".</summary>
    string Format { get; }

    /// <summary>Whether the text has this reader's shape; exactly one reader should recognise any dump.</summary>
    bool Recognises(string text);

    IReadOnlyList<RawArticle> Parse(string text, string sourcePath);
}
