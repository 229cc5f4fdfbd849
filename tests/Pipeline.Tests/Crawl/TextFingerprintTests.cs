using Pipeline.Crawl.Dedup;

namespace Pipeline.Tests.Crawl;

public class TextFingerprintTests
{
    private const string Story =
        "قال وزير الخارجية السعودي إن المفاوضات ستستأنف الأسبوع المقبل في الرياض، وأكد المتحدث باسم الحكومة العراقية أن " +
        "الوفد التجاري وقع اتفاقا جديدا مع الشركات الناشئة، فيما نفى رئيس الوزراء الأردني أن تكون الحكومة تلقت أي طلب رسمي " +
        "بشأن الموانئ، وحذر الأمين العام للجامعة العربية من أن المستشفيات تحتاج إلى دعم إضافي خلال الأشهر المقبلة.";

    [Test]
    public void Diacritics_tatweel_and_hamza_spellings_do_not_change_the_text_hash() =>
        Assert.That(TextFingerprint.TextHash("قـــالَ وزيرُ الخارجيّة إنّ المفاوضات"), Is.EqualTo(TextFingerprint.TextHash("قال وزير الخارجية ان المفاوضات")));

    [Test]
    public void Punctuation_and_spacing_do_not_change_the_text_hash() =>
        Assert.That(TextFingerprint.TextHash("قال،  الوزير:\n«نعم»"), Is.EqualTo(TextFingerprint.TextHash("قال الوزير نعم")));

    private const string Other =
        "أعلن وزير الدفاع المصري أن القوات رفعت مستوى الجاهزية في القاهرة، وأوضح رئيس البرلمان اللبناني أن البلديات " +
        "أنهت المرحلة الأولى من الخطة، بينما قال المبعوث الأممي إلى اليمن إن المزارعين في صنعاء يواجهون صعوبات كبيرة هذا الموسم.";

    private const string Syndicated = "الرياض (وكالات) - " + Story + " المصدر: وكالة الأنباء";

    [Test]
    public void A_syndicated_copy_with_its_own_byline_is_similar() =>
        Assert.That(TextFingerprint.Similarity(TextFingerprint.MinHash(Story), TextFingerprint.MinHash(Syndicated)), Is.GreaterThanOrEqualTo(DuplicateIndex.DefaultSimilarity));

    [Test]
    public void Different_stories_are_dissimilar() =>
        Assert.That(TextFingerprint.Similarity(TextFingerprint.MinHash(Story), TextFingerprint.MinHash(Other)), Is.LessThan(0.2));

    [Test]
    public void Different_stories_are_far_apart_in_simhash() =>
        Assert.That(TextFingerprint.Distance(TextFingerprint.SimHash(Story), TextFingerprint.SimHash(Other)), Is.GreaterThan(DuplicateIndex.CandidateBits / 2));

    [Test]
    public void Near_copies_are_simhash_candidates() =>
        Assert.That(TextFingerprint.Distance(TextFingerprint.SimHash(Story), TextFingerprint.SimHash(Syndicated)), Is.LessThanOrEqualTo(DuplicateIndex.CandidateBits));

    [Test]
    public void Empty_text_has_a_zero_simhash_and_no_words()
    {
        Assert.That(TextFingerprint.SimHash(""), Is.Zero);
        Assert.That(TextFingerprint.MinHash(""), Is.All.Zero);
        Assert.That(TextFingerprint.Words("  ،.  "), Is.Empty);
    }

    [Test]
    public void The_index_finds_exact_normalised_and_near_copies_but_not_other_stories()
    {
        var index = new DuplicateIndex();
        index.Add("a-1", Fingerprint.Of(Story));
        Assert.Multiple(() =>
        {
            Assert.That(index.Find("a-1", Fingerprint.Of(Other))?.How, Is.EqualTo("same text"));
            Assert.That(index.Find("a-2", Fingerprint.Of(Story.Replace("قال", "قـالَ")))?.How, Is.EqualTo("same normalised text"));
            Assert.That(index.Find("a-3", Fingerprint.Of(Syndicated))?.How, Does.StartWith("near duplicate"));
            Assert.That(index.Find("a-4", Fingerprint.Of(Other)), Is.Null);
        });
    }
}
