using Pipeline.Tests.Claims;
using Pipeline.Text;

namespace Pipeline.Tests.TextTests;

/// <summary>Claims are looked for in Arabic articles only; Persian, Urdu and Latin-script pages are written without claims.</summary>
public class ArticleLanguageTests
{
    [TestCase("نفت وزارة الخارجية الاتهامات التي وجهتها إليها الصحيفة، وقالت إنها لا أساس لها.", TextLanguage.Arabic)]
    [TestCase("قال المتحدث باسم الشركة لوكالة Reuters إن النتائج \"better than expected\" هذا العام.", TextLanguage.Arabic)]
    [TestCase("وقال مسؤول في شركة گوغل إن الخدمة ستعود قريبا بعد إصلاح العطل الذي أصاب الخوادم في المنطقة.", TextLanguage.Arabic)]
    [TestCase("سخنگوی وزارت خارجه این اتهامات را رد کرد و گفت که هیچ پایه‌ای ندارد.", TextLanguage.OtherArabicScript)]
    [TestCase("وزیر اعظم نے کہا ہے کہ حکومت اس معاملے کی مکمل تحقیقات کرے گی۔", TextLanguage.OtherArabicScript)]
    [TestCase("The ministry denied the accusations, saying they had no basis.", TextLanguage.OtherScript)]
    [TestCase("Министерство отвергло обвинения.", TextLanguage.OtherScript)]
    [TestCase("2024 - 05 - 13 ، 12:30", TextLanguage.OtherScript)]
    [TestCase("", TextLanguage.OtherScript)]
    public void Letters_tell_arabic_from_the_languages_that_share_its_script_and_from_other_scripts(string text, TextLanguage language)
    {
        Assert.That(ArticleLanguage.Of(text), Is.EqualTo(language));
    }

    [TestCase("SOURCE: Al Jazeera News\nThe minister said: \"We reject these claims.\"")]
    [TestCase("کمیته انضباطی که درباره رأی صادر شده نیز سکوت کرده بود، حالا با تخفیف یک جلسه‌ای مواجه شده است.")]
    [TestCase("باشگاه اعلام کرد که محرومیت تعلیقی بازیکن تا پایان فصل ذکر شده است و تغییری نمی‌کند.")]
    public void An_article_not_in_arabic_gets_no_claims(string text)
    {
        var document = Analysed.Text(text);
        Assert.That(document.Language, Is.Not.EqualTo(TextLanguage.Arabic));
        Assert.That(document.Claims, Is.Empty, Analysed.Describe(document));
    }

    [Test]
    public void An_arabic_article_is_marked_arabic_and_gets_its_claims()
    {
        var document = Analysed.Text("نفت وزارة الخارجية الاتهامات التي وجهتها إليها الصحيفة.");
        Assert.That(document.Language, Is.EqualTo(TextLanguage.Arabic));
        Assert.That(document.Claims, Is.Not.Empty);
    }
}
