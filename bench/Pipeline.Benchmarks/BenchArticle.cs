namespace Pipeline.Benchmarks;

/// <summary>
/// The article every micro-benchmark works on: about 4 KB of Arabic news (denials, accusations,
/// condemnations, appeals, quotations), written inline so the benchmarks need no data folder.
/// </summary>
public static class BenchArticle
{
    private static readonly string[] Paragraphs =
    [
        "الخارجية الصينية تنفي اتهامات واشنطن بشن هجمات إلكترونية",
        "نفت وزارة الخارجية الصينية، اليوم الثلاثاء، الاتهامات الأمريكية بشن هجمات إلكترونية على شبكات حكومية، وقال المتحدث باسم الوزارة إن هذه الاتهامات «لا أساس لها من الصحة ومسيسة بالكامل».",
        "وكانت واشنطن قد اتهمت مجموعة من القراصنة المرتبطين ببكين باختراق أنظمة عدد من الشركات، مشيرة إلى أن التحقيقات ما زالت جارية.",
        "من جهتها، أدانت الرئاسة الفلسطينية بشدة الهجوم على المدنيين في المدينة، ودعت المجتمع الدولي إلى التدخل العاجل لوقف التصعيد وحماية السكان.",
        "وطالب نادي الزمالك اتحاد الكرة بإلغاء قرار الحكم، وقال رئيس النادي في بيان: «ما حدث ظلم واضح لفريقنا، ولن نسكت عنه».",
        "وقال محافظ البنك المركزي إن سعر الصرف سيبقى مستقرا خلال الأشهر المقبلة، مضيفا أن الاحتياطي النقدي ارتفع إلى مستوى قياسي.",
        "ونفت الشركة ما تردد عن تسريب بيانات عملائها، وأكدت في بيان أن أنظمتها لم تتعرض لأي اختراق، داعية وسائل الإعلام إلى تحري الدقة.",
        "وبحسب مصادر مطلعة، فإن الحكومة تدرس فرض قيود جديدة على الاستيراد، في حين اتهم نواب المعارضة الوزير بالتقصير في إدارة الأزمة.",
    ];

    /// <summary>The paragraphs repeated to about 4 KB of UTF-8.</summary>
    public static readonly string Text = Build();

    private static string Build()
    {
        var lines = new List<string>();
        for (int i = 0; System.Text.Encoding.UTF8.GetByteCount(string.Join('\n', lines)) < 4096; i++)
            lines.Add(Paragraphs[i % Paragraphs.Length]);
        return string.Join('\n', lines);
    }
}
