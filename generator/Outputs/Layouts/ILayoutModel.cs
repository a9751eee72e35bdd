namespace AdcsSite.Generator.Outputs.Layouts;

/// <summary>
/// What one layout of theme/layouts receives: its properties are the layout's variables, in snake_case
/// (<c>Pager</c> is <c>pager</c>), beside <c>site</c> and the template functions every template has. theme/README.md
/// lists them for theme authors, and a test keeps that list and these records the same.
/// </summary>
public interface ILayoutModel;
