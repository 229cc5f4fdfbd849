namespace Pipeline.Tests.Extract;

/// <summary>An Arabic news page as sites publish it: menus, share and follow boxes, related links, comments, footer.</summary>
internal static class NewsPage
{
    public const string Title = "الخارجية تنفي اتهامات الجار بدعم المسلحين";

    public static readonly string[] Paragraphs =
    [
        "نفت وزارة الخارجية، في بيان رسمي صدر مساء الثلاثاء، الاتهامات التي وجهتها حكومة البلد المجاور بشأن دعم جماعات مسلحة على الحدود المشتركة.",
        "وقال المتحدث باسم الوزارة، في مؤتمر صحفي بالعاصمة، إن «هذه الادعاءات لا أساس لها من الصحة، وتهدف إلى صرف الأنظار عن الأزمة الداخلية».",
        "ودعا حزب المستقبل المعارض الحكومة إلى فتح تحقيق مستقل، مؤكدا أن الشفافية وحدها كفيلة بإنهاء الجدل، ومطالبا البرلمان بعقد جلسة طارئة.",
        "وكانت الحكومة المجاورة قد اتهمت الوزارة بتسهيل عبور المقاتلين، وهو ما رفضه مسؤولون محليون، مشيرين إلى أن الحدود تخضع لرقابة مشددة منذ سنوات.",
    ];

    /// <summary>The page; <paramref name="head"/> and <paramref name="article"/> replace the default metadata and body parts.</summary>
    public static string Html(string? head = null, string? article = null) => $$"""
        <!DOCTYPE html>
        <html lang="ar" dir="rtl">
        <head>
          <meta charset="utf-8">
          <title>{{Title}} - جريدة الأفق</title>
          {{head ?? "<meta property=\"og:site_name\" content=\"جريدة الأفق\">"}}
          <script>var ads = "تابعنا على فيسبوك";</script>
          <style>.share { color: red; }</style>
        </head>
        <body>
          <header class="site-header">
            <nav class="main-menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
          </header>
          <div class="breadcrumb"><a href="/">الرئيسية</a> &gt; <a href="/politics">سياسة</a></div>
          <div class="container">
            <main class="main-column">
              <article class="article">
                <h1 class="article-title">{{Title}}</h1>
                <div class="share-bar"><a href="https://facebook.com/share">شارك</a> <a href="https://twitter.com/share">تويتر</a> <a href="https://wa.me/">واتساب</a></div>
                <div class="ad-slot advert">إعلان ممول: احصل على خصم كبير على اشتراكك السنوي الآن من متجرنا الإلكتروني</div>
                <div class="article-body">
                  {{article ?? string.Join("\n", Paragraphs.Select(p => $"<p>{p}</p>"))}}
                  <p>تابعنا على تويتر وفيسبوك لمتابعة آخر الأخبار</p>
                </div>
                <div class="follow-box">تابعنا على <a href="https://t.me/x">تلغرام</a> و<a href="https://youtube.com/x">يوتيوب</a> لتصلك الأخبار العاجلة أولا بأول</div>
                <div class="related-news">
                  <h3>اقرأ أيضا</h3>
                  <ul>
                    <li><a href="/a1">وزير الداخلية يتفقد المعابر الحدودية في زيارة مفاجئة</a></li>
                    <li><a href="/a2">البرلمان يناقش قانون الانتخابات الجديد الأسبوع المقبل</a></li>
                    <li><a href="/a3">ارتفاع أسعار الوقود للمرة الثالثة خلال العام الحالي</a></li>
                  </ul>
                </div>
              </article>
              <section class="comments" id="comments">
                <h3>التعليقات</h3>
                <div class="comment"><p>تعليق من قارئ: هذا الكلام غير مقنع على الإطلاق، ونريد أدلة واضحة من الطرفين، لا مجرد بيانات.</p></div>
              </section>
            </main>
            <aside class="sidebar"><h3>الأكثر قراءة</h3><ol><li><a href="/m1">خبر شائع عن الطقس المتقلب في نهاية الأسبوع الحالي</a></li></ol></aside>
          </div>
          <div class="cookie-notice">نستخدم ملفات تعريف الارتباط لتحسين تجربتك على الموقع، وباستمرارك في التصفح فإنك توافق على ذلك.</div>
          <footer class="site-footer"><p>جميع الحقوق محفوظة © جريدة الأفق 2024، ولا يجوز النقل دون إذن مسبق من إدارة التحرير.</p></footer>
        </body>
        </html>
        """;
}
