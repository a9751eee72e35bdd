using System.Net;
using AdcsSite.Generator.Preview;

namespace AdcsSite.Tests.Preview;

public class LiveReloadTests
{
    private const string Post = "input/posts/2019/funding-gap.md";

    [Fact]
    public async Task Saving_a_post_sends_a_reload_and_serves_the_new_text()
    {
        await using var site = await PreviewSite.StartAsync();
        using var events = await site.ListenForReloads();

        site.Save(Post, site.Read(Post).Replace("Children cannot wait.", "Children still cannot wait.", StringComparison.Ordinal));

        Assert.Equal(LiveReload.ReloadEvent, (await events.Next()).Name);
        Assert.Contains("Children still cannot wait.", await site.Http.GetStringAsync("posts/funding-gap/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_burst_of_a_hundred_saves_ends_in_a_few_rebuilds_and_the_last_text()
    {
        await using var site = await PreviewSite.StartAsync();
        using var events = await site.ListenForReloads();
        var original = site.Read(Post);

        // Closer together than the quiet window, as the events of one save or a checkout are.
        for (var i = 0; i < 100; i++)
        {
            site.Save(Post, original.Replace("Children cannot wait.", $"Save number {i}.", StringComparison.Ordinal));
            await Task.Delay(SourceWatcher.QuietWindow / 5);
        }

        var reloads = 0;
        do
        {
            Assert.Equal(LiveReload.ReloadEvent, (await events.Next()).Name);
            reloads++;
        }
        while (!(await site.Http.GetStringAsync("posts/funding-gap/")).Contains("Save number 99.", StringComparison.Ordinal));

        Assert.InRange(reloads, 1, 20);
    }

    [Fact]
    public async Task A_browser_that_disconnects_while_listening_does_not_disturb_the_others()
    {
        await using var site = await PreviewSite.StartAsync();
        var leaving = await site.ListenForReloads();
        using var staying = await site.ListenForReloads();

        leaving.Dispose();
        site.Save(Post, site.Read(Post).Replace("Children cannot wait.", "Children wait no longer.", StringComparison.Ordinal));

        Assert.Equal(LiveReload.ReloadEvent, (await staying.Next()).Name);
        Assert.Contains("Children wait no longer.", await site.Http.GetStringAsync("posts/funding-gap/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_post_shows_every_error_until_it_is_fixed()
    {
        await using var site = await PreviewSite.StartAsync();
        using var events = await site.ListenForReloads();
        var good = site.Read(Post);

        site.Save(Post, good.Replace("date: 2019-03-01T09:30:00+00:00", "date: the first of March", StringComparison.Ordinal));
        Assert.Equal(LiveReload.ReloadEvent, (await events.Next()).Name);
        var broken = await site.Http.GetAsync("posts/funding-gap/");
        var page = await broken.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, broken.StatusCode);
        Assert.Contains("<code>input/posts/2019/funding-gap.md:3:7: error: ", page, StringComparison.Ordinal);
        Assert.Contains("input/posts/2019/funding-gap.md:3:7: error: ", site.Log, StringComparison.Ordinal);
        Assert.Contains("<script data-adcs-preview>", page, StringComparison.Ordinal);

        site.Save(Post, good);
        Assert.Equal(LiveReload.ReloadEvent, (await events.Next()).Name);
        var fixedPage = await site.Http.GetAsync("posts/funding-gap/");

        Assert.Equal(HttpStatusCode.OK, fixedPage.StatusCode);
        Assert.Contains("Councils face a gap", await fixedPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_fails_to_render_after_an_edit_shows_its_error_and_the_others_still_work()
    {
        await using var site = await PreviewSite.StartAsync();
        using var events = await site.ListenForReloads();
        site.Save("theme/layouts/page.html", "{{ if extra.broken; extra.broken.nope; end }}\n" + site.Read("theme/layouts/page.html"));
        Assert.Equal(LiveReload.ReloadEvent, (await events.Next()).Name);

        site.Save("input/pages/about.md", "---\ntitle: About\nbroken: true\n---\n\nAbout us.\n");
        Assert.Equal(LiveReload.ReloadEvent, (await events.Next()).Name);
        var broken = await site.Http.GetAsync("about/");

        Assert.Equal(HttpStatusCode.InternalServerError, broken.StatusCode);
        Assert.Contains("<code>theme/layouts/page.html:1:", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("(while rendering about/index.html)", site.Log, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync("posts/funding-gap/")).StatusCode);
    }

    [Fact]
    public async Task A_stylesheet_change_swaps_stylesheets_and_copies_only_assets()
    {
        await using var site = await PreviewSite.StartAsync();
        using var events = await site.ListenForReloads();
        var pageBefore = site.Server.Session.Current.Files.Read("index.html");

        site.Save("theme/assets/css/site.css", "body { color: rebeccapurple; }\n");

        Assert.Equal(LiveReload.StylesheetsEvent, (await events.Next()).Name);
        Assert.Equal("body { color: rebeccapurple; }\n", await site.Http.GetStringAsync("assets/css/site.css"));
        Assert.True(pageBefore.Equals(site.Server.Session.Current.Files.Read("index.html")), "the page was rendered again");
    }

    [Fact]
    public async Task A_template_change_re_renders_pages()
    {
        await using var site = await PreviewSite.StartAsync();
        using var events = await site.ListenForReloads();

        site.Save("theme/partials/footer.html", site.Read("theme/partials/footer.html").Replace("Atom feed", "News feed", StringComparison.Ordinal));

        Assert.Equal(LiveReload.ReloadEvent, (await events.Next()).Name);
        Assert.Contains("News feed", await site.Http.GetStringAsync("posts/funding-gap/"), StringComparison.Ordinal);
    }
}
