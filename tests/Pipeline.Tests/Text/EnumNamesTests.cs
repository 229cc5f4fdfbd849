using Pipeline.Claims;
using Pipeline.Lexicons;
using Pipeline.Text;

namespace Pipeline.Tests.Text;

public class EnumNamesTests
{
    [Test]
    public void Every_mention_kind_is_named_as_ToString_names_it()
    {
        foreach (var kind in Enum.GetValues<MentionKind>()) Assert.That(EnumNames<MentionKind>.Of(kind), Is.EqualTo(kind.ToString()));
    }

    [Test]
    public void Every_cue_class_is_named_as_ToString_names_it()
    {
        foreach (var cls in Enum.GetValues<CueClass>()) Assert.That(EnumNames<CueClass>.Of(cls), Is.EqualTo(cls.ToString()));
    }

    [Test]
    public void A_value_outside_the_enum_falls_back_to_its_number() =>
        Assert.That(EnumNames<MentionKind>.Of((MentionKind)42), Is.EqualTo("42"));

    private enum Small : byte { A, B }

    public enum Sparse { Minus = -1, Ten = 10 }

    [Test]
    public void An_enum_of_another_underlying_type_falls_back_to_ToString() =>
        Assert.That(EnumNames<Small>.Of(Small.B), Is.EqualTo("B"));

    [TestCase(Sparse.Minus, "Minus")]
    [TestCase(Sparse.Ten, "Ten")]
    public void Negative_and_sparse_values_are_named(Sparse value, string name) =>
        Assert.That(EnumNames<Sparse>.Of(value), Is.EqualTo(name));
}
