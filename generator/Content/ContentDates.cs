using System.Globalization;

namespace AdcsSite.Generator.Content;

/// <summary>Front matter dates. A date without a time is that calendar day in the site's zone, so it is never shown a day off.</summary>
public static class ContentDates
{
    private static readonly string[] WithOffset =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ss K",
    ];

    private static readonly string[] Local =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    ];

    public static DateTimeOffset? Parse(string text, TimeZoneInfo zone)
    {
        text = text.Trim();
        if (!text.EndsWith('Z') && !HasOffset(text)
            && DateTime.TryParseExact(text, Local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }

        return DateTimeOffset.TryParseExact(text, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact)
            ? exact
            : null;
    }

    private static bool HasOffset(string text) =>
        text.Length > 16 && (text[^6] is '+' or '-') && text[^3] == ':';
}
