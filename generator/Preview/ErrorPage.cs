using System.Net;
using System.Text;
using AdcsSite.Generator.Content;

namespace AdcsSite.Generator.Preview;

/// <summary>What the browser shows instead of the site while the newest build is failing: every error, as the terminal lists them.</summary>
public static class ErrorPage
{
    public static byte[] Render(IReadOnlyList<Diagnostic> errors)
    {
        var items = string.Concat(errors.Select(e => $"<li><code>{WebUtility.HtmlEncode(e.ToString())}</code></li>\n"));
        return Encoding.UTF8.GetBytes($$"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Build failed</title>
            <style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem}code{white-space:pre-wrap}li{margin:.5rem 0}</style>
            </head>
            <body>
            <h1>The site did not build</h1>
            <p>{{errors.Count}} problem{{(errors.Count == 1 ? "" : "s")}}. Fix them and save: this page reloads by itself.</p>
            <ul>
            {{items}}</ul>
            </body>
            </html>

            """);
    }
}
