using System.Text;
using Microsoft.AspNetCore.Http;

namespace Pipeline.Tests.Crawl;

/// <summary>Arabic news pages and ready-made handlers (ETag-aware pages, feeds, failures) for <see cref="TestSite"/>.</summary>
public static class SitePages
{
    static SitePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly string[] Speakers =
    [
        "وزير الخارجية السعودي", "المتحدث باسم الحكومة العراقية", "رئيس الوزراء الأردني", "الأمين العام للجامعة العربية",
        "وزير الدفاع المصري", "رئيس البرلمان اللبناني", "المبعوث الأممي إلى اليمن", "وزير الداخلية الكويتي",
    ];
    private static readonly string[] Verbs = ["قال إن", "أكد أن", "نفى أن", "أعلن أن", "حذر من أن", "أوضح أن"];
    private static readonly string[] Subjects =
    [
        "المفاوضات", "الحكومة", "القوات", "اللجنة الوزارية", "الوفد التجاري", "المصارف", "الموانئ", "الجامعات",
        "الشركات الناشئة", "المستشفيات", "المزارعين", "البلديات",
    ];
    private static readonly string[] Predicates =
    [
        "ستستأنف الأسبوع المقبل", "لم تتلق أي طلب رسمي", "تواصل عملها رغم الصعوبات", "وقعت اتفاقا جديدا",
        "تحتاج إلى دعم إضافي", "رفعت مستوى الجاهزية", "أنهت المرحلة الأولى", "تراجع الخطة الخمسية",
    ];
    private static readonly string[] Cities = ["الرياض", "بغداد", "عمان", "القاهرة", "بيروت", "صنعاء", "الكويت", "الرباط", "تونس", "الدوحة"];

    /// <summary>The text of article <paramref name="n"/>: a title and five sentences that share few word triples with any other n.</summary>
    public static string Story(int n)
    {
        var rng = new Random(n * 7919);
        string Pick(string[] xs) => xs[rng.Next(xs.Length)];
        var sb = new StringBuilder();
        sb.Append($"<h1>{Pick(Speakers)} يزور {Pick(Cities)} في الخبر رقم {n}</h1>\n");
        for (int i = 0; i < 5; i++)
            sb.Append($"<p>{Pick(Speakers)} {Pick(Verbs)} {Pick(Subjects)} في {Pick(Cities)} {Pick(Predicates)}، وذلك خلال لقاء عقد يوم {rng.Next(1, 29)} من الشهر الجاري بحضور {rng.Next(3, 90)} مسؤولا.</p>\n");
        return sb.ToString();
    }

    /// <summary>A whole HTML page around a story body.</summary>
    public static string Html(string body, string charset = "utf-8") =>
        $"<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"{charset}\"><title>خبر</title></head>\n<body><article>\n{body}</article></body></html>\n";

    /// <summary>A page with a strong ETag that answers If-None-Match with 304.</summary>
    public static Func<HttpContext, int, Task> Page(string html, string charset = "utf-8", int delayMs = 0)
    {
        var bytes = charset == "utf-8" ? Encoding.UTF8.GetBytes(html) : Encoding.GetEncoding(charset).GetBytes(html);
        string etag = $"\"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))[..16]}\"";
        return async (ctx, _) =>
        {
            if (delayMs > 0) await Task.Delay(delayMs, ctx.RequestAborted);
            ctx.Response.Headers.ETag = etag;
            ctx.Response.Headers.LastModified = "Wed, 25 Nov 2026 10:00:00 GMT";
            if (ctx.Request.Headers.IfNoneMatch == etag) { ctx.Response.StatusCode = 304; return; }
            ctx.Response.ContentType = $"text/html; charset={charset}";
            await ctx.Response.Body.WriteAsync(bytes, ctx.RequestAborted);
        };
    }

    public static Func<HttpContext, int, Task> Serve(string text, string contentType) => async (ctx, _) =>
    {
        ctx.Response.ContentType = contentType;
        await ctx.Response.WriteAsync(text, ctx.RequestAborted);
    };

    /// <summary>Fails with <paramref name="status"/> the first <paramref name="failures"/> times, then serves the page.</summary>
    public static Func<HttpContext, int, Task> FailFirst(int failures, int status, Func<HttpContext, int, Task> then, string? retryAfter = null) =>
        (ctx, n) =>
        {
            if (n > failures)
                return then(ctx, n);
            ctx.Response.StatusCode = status;
            if (retryAfter is not null) ctx.Response.Headers.RetryAfter = retryAfter;
            return Task.CompletedTask;
        };

    /// <summary>Sends headers and a first chunk, then stalls far longer than any attempt timeout.</summary>
    public static Func<HttpContext, int, Task> SlowBody() => async (ctx, _) =>
    {
        ctx.Response.ContentType = "text/html; charset=utf-8";
        await ctx.Response.WriteAsync("<html><body><p>بداية", ctx.RequestAborted);
        await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
        await Task.Delay(TimeSpan.FromSeconds(30), ctx.RequestAborted);
    };

    /// <summary>Drops the TCP connection without an answer.</summary>
    public static Func<HttpContext, int, Task> Reset() => (ctx, _) => { ctx.Abort(); return Task.CompletedTask; };

    public static Func<HttpContext, int, Task> Redirect(string location, int status = 302) => (ctx, _) =>
    {
        ctx.Response.StatusCode = status;
        ctx.Response.Headers.Location = location;
        return Task.CompletedTask;
    };

    public static string Rss(params string[] links) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>أخبار</title>"
        + string.Concat(links.Select((l, i) => $"<item><title>خبر {i}</title><link>{X(l)}</link></item>")) + "</channel></rss>";

    public static string Atom(params string[] links) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>أخبار</title>"
        + string.Concat(links.Select((l, i) => $"<entry><title>خبر {i}</title><link rel=\"alternate\" href=\"{X(l)}\"/><link rel=\"edit\" href=\"{X(l)}/edit\"/></entry>")) + "</feed>";

    public static string SitemapIndex(params string[] maps) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + string.Concat(maps.Select(m => $"<sitemap><loc>{X(m)}</loc></sitemap>")) + "</sitemapindex>";

    public static string UrlSet(params string[] links) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + string.Concat(links.Select(l => $"<url><loc>{X(l)}</loc></url>")) + "</urlset>";

    public static string GoogleNews(params string[] links) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
        + string.Concat(links.Select(l => $"<url><loc>{X(l)}</loc><news:news><news:publication><news:name>أخبار</news:name><news:language>ar</news:language></news:publication><news:title>خبر</news:title></news:news></url>")) + "</urlset>";

    private static string X(string s) => System.Security.SecurityElement.Escape(s);
}
