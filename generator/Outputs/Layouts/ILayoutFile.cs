namespace AdcsSite.Generator.Outputs.Layouts;

/// <summary>Names the file in theme/layouts that renders a <see cref="ILayoutModel"/>.</summary>
public interface ILayoutFile
{
    static abstract string Layout { get; }
}
