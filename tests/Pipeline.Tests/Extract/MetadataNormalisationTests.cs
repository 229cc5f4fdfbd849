using Pipeline.Extract;

namespace Pipeline.Tests.Extract;

public class MetadataNormalisationTests
{
    [TestCase("2024-05-13", "2024-05-13")]
    [TestCase("2024-05-13T06:00:00Z", "2024-05-13T06:00:00Z")]
    [TestCase("2024-05-13T09:30:00+03:00", "2024-05-13T09:30:00+03:00")]
    [TestCase("2024-05-13T09:30:00+0300", "2024-05-13T09:30:00+03:00")]
    [TestCase("2024-05-13 09:30", "2024-05-13T09:30:00")]
    [TestCase("May 13, 2024", "2024-05-13")]
    [TestCase("  2024-05-13  ", "2024-05-13")]
    [TestCase("2024-13-45", null)]
    [TestCase("الثلاثاء", null)]
    [TestCase("", null)]
    public void Dates_are_normalised_to_iso_8601(string raw, string? expected) =>
        Assert.That(DateNormalizer.Normalize(raw), Is.EqualTo(expected));

    [TestCase("نشر بتاريخ: 2024/03/04 - 09:15 مساء", "2024-03-04")]
    [TestCase("الإثنين، 13 مايو 2024 06:00 ص", "2024-05-13")]
    [TestCase("5 تشرين الثاني 2024، 14:20", "2024-11-05")]
    [TestCase("الأحد 22 شتنبر 2024 - 10:05", "2024-09-22")]
    [TestCase("١١ أيلول ٢٠٢٣", "2023-09-11")]
    [TestCase("04-03-2024", "2024-03-04")]
    [TestCase("31 فبراير 2024", null)]
    [TestCase("مشاهدات: 3412", null)]
    public void Printed_arabic_datelines_give_the_calendar_date(string printed, string? expected) =>
        Assert.That(ArabicDateline.Parse(printed), Is.EqualTo(expected));

    [TestCase("الخارجية تنفي الاتهامات - اليوم السابع", "الخارجية تنفي الاتهامات")]
    [TestCase("الخارجية تنفي الاتهامات | جريدة الأفق", "الخارجية تنفي الاتهامات")]
    [TestCase("BBC News - Sweden drops Assange rape investigation", "Sweden drops Assange rape investigation")]
    [TestCase("الخارجية تنفي الاتهامات", "الخارجية تنفي الاتهامات")]
    [TestCase("حرب غزة - اليوم 200 - القصف مستمر على الشمال", "حرب غزة - اليوم 200 - القصف مستمر على الشمال")]
    public void Site_name_suffix_is_removed_from_titles(string raw, string expected) =>
        Assert.That(TitleCleaner.Clean(raw, "اليوم السابع"), Is.EqualTo(expected));
}
