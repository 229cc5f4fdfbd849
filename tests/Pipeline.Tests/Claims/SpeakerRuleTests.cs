using Pipeline.Text;

namespace Pipeline.Tests.Claims;

/// <summary>General Arabic rules for who the speaker is: subjects after لكنّ, quoted names, كان … قد, على لسان, parentheticals.</summary>
public class SpeakerRuleTests
{
    [TestCase("لكنّ المحللين الاقتصاديين يتهمون البنك بإخفاء حجم الخسائر.", ClaimType.Accusation, "المحللين الاقتصاديين")]
    [TestCase("ولكن النقابة ترفض الاتهامات الموجهة إلى أعضائها.", ClaimType.Denial, "النقابة")]
    public void Lakinna_opens_a_nominal_sentence_whose_subject_precedes_the_verb(string sentence, ClaimType type, string speaker)
    {
        var (_, claim) = Analysed.Single(sentence, type);
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker));
    }

    [TestCase("وكانت مجلة \"الأسبوع\" الفرنسية قد ذكرت الخميس أن الحكومة ستستقيل قريبا.", "مجلة \"الأسبوع\" الفرنسية")]
    [TestCase("وكانت قناة «النهار» قد أفادت بأن المفاوضات توقفت.", "قناة «النهار»")]
    public void Quoted_name_after_a_head_word_belongs_to_the_subject_between_kana_and_qad(string sentence, string speaker)
    {
        var (document, claim) = Analysed.Single(sentence, ClaimType.Statement);
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker));
        Assert.That(document.Text[claim.Speaker.Start..claim.Speaker.End], Is.EqualTo(speaker));
    }

    [TestCase("وقد أكد وزير النقل أن المشروع سيبدأ الشهر المقبل.", ClaimType.Statement, "وزير النقل")]
    [TestCase("فقد نفت الشركة هذه الأنباء جملة وتفصيلا.", ClaimType.Denial, "الشركة")]
    [TestCase("وقد طالبت المنظمة بالإفراج عن جميع المعتقلين.", ClaimType.Appeal, "المنظمة")]
    public void Conjunction_joined_to_a_short_particle_is_no_subject(string sentence, ClaimType type, string speaker)
    {
        var (_, claim) = Analysed.Single(sentence, type);
        Assert.That(claim.Speaker.Text, Is.EqualTo(speaker));
    }

    [TestCase("وقالت وزيرة الخارجية الألمانية أنالينا بيربوك إن برلين ستقدم دعما إضافيا.", "وزيرة الخارجية الألمانية أنالينا بيربوك")]
    [TestCase("وأوضح السفير كريستوف فارنو أنه لم يدل بأي تصريحات.", "السفير كريستوف فارنو")]
    [TestCase("وقال وزير الخارجية الأسترالي بيني وونغ إن بلادها قلقة.", "وزير الخارجية الأسترالي بيني وونغ")]
    [TestCase("وأكد الناطق باسم الجيش العميد يحيى سريع أن القوات استهدفت سفينة.", "الناطق باسم الجيش العميد يحيى سريع")]
    [TestCase("وأكد الناطق باسم القوات المسلحة أن القوات استهدفت سفينة.", "الناطق باسم القوات المسلحة")]
    public void Unknown_name_between_the_title_and_the_complementiser_belongs_to_the_speaker(string sentence, string speaker)
    {
        var document = Analysed.Text(sentence);
        Assert.That(document.Claims.Select(c => c.Speaker.Text), Has.Member(speaker), Analysed.Describe(document));
    }

    [Test]
    public void Quoted_subject_of_a_headline_is_the_speaker_without_its_marks()
    {
        var (_, claim) = Analysed.Single("«المعلمين» تطالب بزيادة الرواتب قبل بداية العام الدراسي", ClaimType.Appeal);
        Assert.That(claim.Speaker.Text, Is.EqualTo("المعلمين"));
    }

    [Test]
    public void Ala_lisan_names_the_body_that_actually_spoke()
    {
        var (document, claim) = Analysed.Single("رفضت الوزارة الاتهامات، معتبرة على لسان المتحدث باسمها أن هذه الأخبار كاذبة.", ClaimType.Statement);
        Assert.That(claim.Speaker.Text, Is.EqualTo("المتحدث باسمها"));
        Assert.That(document.Slice(claim.Content!.Value), Does.StartWith("أن هذه الأخبار"));
    }

    [Test]
    public void Parenthetical_source_phrase_neither_ends_the_clause_nor_makes_a_claim()
    {
        var document = Analysed.Text("وطالب الاتحاد، بحسب البيان، بفتح تحقيق عاجل في الحادثة.");
        var claim = document.Claims.Single();
        Assert.That(claim.Type, Is.EqualTo(ClaimType.Appeal), Analysed.Describe(document));
        Assert.That(claim.Speaker.Text, Is.EqualTo("الاتحاد"));
        Assert.That(document.Slice(claim.Content!.Value), Does.Contain("بفتح تحقيق"));
    }

    [TestCase("وتهيب الوزارة بجميع المواطنين الالتزام بالتعليمات وفقا للقانون المعمول به.")]
    [TestCase("وأكد المدير أن الشركة تعمل طبقا لدورها في السوق.")]
    public void Source_word_followed_by_a_norm_is_no_source(string sentence)
    {
        var document = Analysed.Text(sentence);
        Assert.That(document.Claims.Select(c => c.CueLemma), Has.None.EqualTo("بحسب"), Analysed.Describe(document));
        Assert.That(document.Claims, Has.Count.EqualTo(1), Analysed.Describe(document));
    }

    [Test]
    public void Pronoun_preposition_between_verb_and_subject_is_skipped()
    {
        var document = Analysed.Text("وهو الأمر الذي علق عليه رئيس الوزراء، وقال إن الحكومة لن تتراجع عن قرارها.");
        var claim = document.Claims.Single();
        Assert.That(claim.Speaker.Text, Is.EqualTo("رئيس الوزراء"), Analysed.Describe(document));
    }

    [Test]
    public void Participle_after_a_date_line_takes_the_subject_of_the_first_arabic_verb()
    {
        var (_, claim) = Analysed.Single("date 2024-03-01 أنهى اللاعب الدولي الجدل حول مستقبله، نافيا صحة الأنباء عن رحيله.", ClaimType.Denial);
        Assert.That(claim.Speaker.Text, Does.StartWith("اللاعب الدولي"));
    }

    [TestCase("وشارك الوزير في الوقفة التي دعا إليها عدد من النواب أمام البرلمان.")]
    [TestCase("ونشرت الصحيفة التصريح الذي زعم المصدر أنه صدر عن الوزير.")]
    [TestCase("ونشر الموقع بعض ما زعمه المصدر عن الصفقة.")]
    public void Cue_verb_after_a_relative_pronoun_describes_a_noun_and_makes_no_claim(string sentence)
    {
        var document = Analysed.Text(sentence);
        Assert.That(document.Claims, Is.Empty, Analysed.Describe(document));
    }

    [Test]
    public void Relative_clause_on_al_amr_is_the_claim_about_the_preceding_proposition()
    {
        var (_, claim) = Analysed.Single("وتحدثت تقارير عن إقالة المدرب، وهو الأمر الذي نفاه النادي بشكل قاطع.", ClaimType.Denial);
        Assert.That(claim.Speaker.Text, Is.EqualTo("النادي"));
    }

    [Test]
    public void Verb_joined_to_a_subject_first_clause_shares_its_subject_and_takes_an_object()
    {
        var (_, claim) = Analysed.Single("الوزارة تنفي تسريب الوثائق وتنتقد وسائل الإعلام المحلية", ClaimType.Condemnation);
        Assert.That(claim.Speaker.Text, Is.EqualTo("الوزارة"));
        Assert.That(claim.Target?.Text, Does.StartWith("وسائل الإعلام"));
    }

    [Test]
    public void Words_attributed_with_nasaba_are_a_statement_of_the_one_they_are_attributed_to()
    {
        var document = Analysed.Text("ونسب الموقع لكوستا: \"سنعود أقوى في الموسم المقبل\".");
        var claim = document.Claims.Single();
        Assert.That(claim.Type, Is.EqualTo(ClaimType.Statement), Analysed.Describe(document));
        Assert.That(claim.Speaker.Text, Is.EqualTo("كوستا"));
        Assert.That(document.Text[claim.Speaker.Start..claim.Speaker.End], Is.EqualTo("كوستا"));
    }

    [Test]
    public void Feminine_verb_does_not_take_a_bare_masculine_noun_as_subject()
    {
        var (_, claim) = Analysed.Single("وكانت الوزارة قد أغلقت المصنع، وعزت الغلق إلى مخالفة الشركة شروط السلامة.", ClaimType.Accusation);
        Assert.That(claim.Speaker.Text, Is.EqualTo("الوزارة"));
    }

    [TestCase("وأشارت الصحيفة إلى أن الأنباء تشير إلى قرب التوصل إلى اتفاق.")]
    public void News_and_reports_on_their_own_are_no_speaker(string sentence)
    {
        var document = Analysed.Text(sentence);
        Assert.That(document.Claims.Select(c => c.Speaker.Text), Has.None.EqualTo("الأنباء"), Analysed.Describe(document));
    }

    [Test]
    public void Verb_whose_subject_is_the_pronoun_of_anna_is_reported_content_not_a_new_claim()
    {
        var document = Analysed.Text("وأكد المدرب أن اللاعب الذي قيل إنه قد صرح بذلك لم يتحدث إلى أي صحيفة.");
        Assert.That(document.Claims.Select(c => c.CueLemma), Has.None.EqualTo("صرح"), Analysed.Describe(document));
    }

    [Test]
    public void Qailan_after_a_condemnation_gives_its_words_and_makes_no_second_claim()
    {
        var document = Analysed.Text("وهاجم المدرب إدارة النادي، قائلا: \"لقد خذلونا في أصعب الأوقات\".");
        var claim = document.Claims.Single();
        Assert.That(claim.Type, Is.EqualTo(ClaimType.Condemnation), Analysed.Describe(document));
        Assert.That(document.Slice(claim.Quote!.Value), Does.StartWith("لقد خذلونا"));
    }

    [TestCase("ويُذكر أن المهرجان يقام سنويا في العاصمة.")]
    [TestCase("ويرجح ألا تنتهي الأزمة قبل نهاية العام.")]
    public void Impersonal_passive_before_anna_is_the_narrator_not_a_claim(string sentence)
    {
        var document = Analysed.Text(sentence);
        Assert.That(document.Claims, Is.Empty, Analysed.Describe(document));
    }

    [Test]
    public void Quotation_after_a_definite_subject_is_its_object_not_its_name()
    {
        var (_, claim) = Analysed.Single("ونددت النقابة بقرار اعتبرته الوزارة “إجراء ضروريا” لحماية الاقتصاد.", ClaimType.Statement);
        Assert.That(claim.Speaker.Text, Is.EqualTo("الوزارة"));
    }

    [Test]
    public void Rafidan_without_an_allegation_is_a_stance_of_the_same_speaker_in_its_own_clause()
    {
        var document = Analysed.Text("وأضاف الوزير أن الخطة تسير كما هو مقرر، رافضا أي تأجيل للانتخابات.");
        var rejection = document.Claims.Single(c => c.CueLemma == "رفض");
        Assert.That(rejection.Type, Is.EqualTo(ClaimType.Statement), Analysed.Describe(document));
        Assert.That(rejection.Speaker.Text, Is.EqualTo("الوزير"));
        var added = document.Claims.Single(c => c.CueLemma == "أضاف");
        Assert.That(document.Slice(added.Content!.Value), Does.Not.Contain("تأجيل"));
    }
}
