using System.Text;

namespace AdcsSite.Generator.Templates;

/// <summary>Safe markup kept as UTF-8 (a rendered post body): half the memory of a string while the build holds every body.</summary>
public sealed record RawUtf8Html(ReadOnlyMemory<byte> Utf8)
{
    // Written as bytes into a UTF-8 page; decoded, once, only for a template that uses the body as text.
    private string? text;

    public override string ToString() => text ??= Encoding.UTF8.GetString(Utf8.Span);
}
