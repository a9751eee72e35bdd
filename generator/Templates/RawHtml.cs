namespace AdcsSite.Generator.Templates;

/// <summary>Markup that is already safe (rendered Markdown, included partials); written without escaping.</summary>
public sealed record RawHtml(string Value)
{
    public override string ToString() => Value;
}
