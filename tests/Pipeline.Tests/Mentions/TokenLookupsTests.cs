using Pipeline.Mentions;
using Pipeline.Segment;
using Pipeline.Tests.Lexicons;
using Pipeline.Text;

namespace Pipeline.Tests.Mentions;

/// <summary>Lexicon answers are kept per word (shared by its tokens and across articles), never handed to another lexicon.</summary>
public class TokenLookupsTests
{
    private TempModels _models = null!;

    [SetUp]
    public void Create() => _models = new TempModels();

    [TearDown]
    public void Remove() => _models.Dispose();

    private static List<Token> Tokens(string text)
    {
        var document = new Document("a-test", text, new ArticleMeta());
        new TokenizeStage().Process(document, CancellationToken.None);
        return document.Tokens;
    }

    [Test]
    public void Tokens_of_the_same_word_share_their_lookups_across_articles()
    {
        var first = Tokens("قالت طهران إن طهران")[1];
        var again = Tokens("ردت طهران")[1];
        Assert.That(first.Text, Is.EqualTo("طهران"));
        Assert.That(TokenLookups.Of(again), Is.SameAs(TokenLookups.Of(first)));
        Assert.That(TokenLookups.Of(Tokens("بغداد")[0]), Is.Not.SameAs(TokenLookups.Of(first)));
    }

    [Test]
    public void Each_gazetteer_gets_its_own_answer_for_a_word_the_other_answered_first()
    {
        var iran = ActorGazetteer.Load(_models.Write("a.tsv", "طهران\tإيران\tGPE\tIRN"));
        var city = ActorGazetteer.Load(_models.Write("b.tsv", "طهران\tطهران\tGPE\t"));
        var tokens = Tokens("قالت طهران");
        Assert.That(iran.Match(tokens, 1, tokens.Count)!.Actor.Canonical, Is.EqualTo("إيران"));
        Assert.That(city.Match(tokens, 1, tokens.Count)!.Actor.Canonical, Is.EqualTo("طهران"));
        Assert.That(iran.Match(tokens, 1, tokens.Count)!.Actor.Canonical, Is.EqualTo("إيران"), "asked again after the other");
    }

    [Test]
    public void A_copy_of_a_token_with_another_prefix_starts_without_answers()
    {
        var token = Tokens("طهران")[0];
        var copy = token with { Prefix = "ال" };
        Assert.That(TokenLookups.Of(copy), Is.Not.SameAs(TokenLookups.Of(token)));
        Assert.That(copy.Text, Is.EqualTo(token.Text));
    }

    [Test]
    public void Threads_looking_up_the_same_words_get_the_same_answers()
    {
        var gazetteer = ActorGazetteer.Load(_models.Write("a.tsv", "طهران\tإيران\tGPE\tIRN"));
        var answers = new System.Collections.Concurrent.ConcurrentBag<string?>();
        Parallel.For(0, 64, _ =>
        {
            var tokens = Tokens("قالت طهران");
            answers.Add(gazetteer.Match(tokens, 1, tokens.Count)?.Actor.Canonical);
        });
        Assert.That(answers, Has.All.EqualTo("إيران"));
    }
}
