using Pipeline.Ner;

namespace Pipeline.Tests.Ner;

public class NerLexiconTests
{
    [Test]
    public void A_lexicon_file_reads_back_including_an_empty_stem()
    {
        var lexicon = NerLexicon.Read(new StringReader("\t145\t0\t0\t0\t0\nدمشق\t0\t0\t5\t0\t0\nخالد\t1\t3\t0\t0\t0\n"));
        Assert.That(lexicon.Count, Is.EqualTo(3));
        Assert.That(lexicon.Feature("دمشق"), Is.EqualTo("LOC_hi_f"));
        Assert.That(lexicon.Feature("خالد"), Is.EqualTo("PERS_mid_r"));
        Assert.That(lexicon.Feature(""), Is.EqualTo("PERS_never_f"));
        Assert.That(lexicon.Feature("بيروت"), Is.EqualTo("unseen"));

        var written = new StringWriter { NewLine = "\n" };
        lexicon.Write(written);
        Assert.That(written.ToString(), Is.EqualTo("\t145\t0\t0\t0\t0\nخالد\t1\t3\t0\t0\t0\nدمشق\t0\t0\t5\t0\t0\n"));
    }

    [TestCase("دمشق\t0\t0\t5\t0")]
    [TestCase("دمشق\t0\t0\t5\t0\t0\t1")]
    [TestCase("دمشق")]
    [TestCase("")]
    public void A_line_with_the_wrong_number_of_columns_is_refused(string line)
    {
        var ex = Assert.Throws<InvalidDataException>(() => NerLexicon.Read(new StringReader(line + "\n")));
        Assert.That(ex!.Message, Does.Contain("columns"));
    }

    [Test]
    public void A_count_that_is_not_a_number_is_refused() =>
        Assert.Throws<FormatException>(() => NerLexicon.Read(new StringReader("دمشق\t0\t0\tx\t0\t0\n")));
}
