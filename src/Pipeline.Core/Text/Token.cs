namespace Pipeline.Text;

/// <summary>What a token is, for the grammar: words are matched against lexicons, the rest steer it.</summary>
public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Quote,
    Symbol,
}

/// <summary>
/// One token of the article. <see cref="Norm"/> is the normalised matching form of the whole token,
/// <see cref="Stem"/> the normalised form with its proclitics (و ف ب ل ك and the article ال) and
/// enclitic pronoun removed; <see cref="Prefix"/> and <see cref="Suffix"/> hold what was removed.
/// </summary>
public sealed record Token(int Start, int End, string Text, string Norm, string Stem, string Prefix, string Suffix, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>True when the proclitics contain the definite article.</summary>
    public bool HasArticle => Prefix.EndsWith("ال", StringComparison.Ordinal) || Prefix.EndsWith("لل", StringComparison.Ordinal);

    /// <summary>True when the token starts with the conjunction و or ف.</summary>
    public bool HasConjunction => Prefix.Length > 0 && (Prefix[0] == 'و' || Prefix[0] == 'ف');

    public override string ToString() => $"{Text}{Span}";

    /// <summary>Lexicon lookups remembered for this token (<see cref="Pipeline.Mentions.TokenLookups"/>); not part of its value.</summary>
    internal Pipeline.Mentions.TokenLookups? Lookups;

    /// <summary>A copy (<c>with</c>) is another word: it starts with no remembered lookups.</summary>
    private Token(Token original)
    {
        Start = original.Start;
        End = original.End;
        Text = original.Text;
        Norm = original.Norm;
        Stem = original.Stem;
        Prefix = original.Prefix;
        Suffix = original.Suffix;
        Kind = original.Kind;
    }

    /// <summary>Equal tokens have the same span, forms and kind (remembered lookups aside).</summary>
    public bool Equals(Token? other) =>
        other is not null && Start == other.Start && End == other.End && Kind == other.Kind && Text == other.Text
        && Norm == other.Norm && Stem == other.Stem && Prefix == other.Prefix && Suffix == other.Suffix;

    public override int GetHashCode() => HashCode.Combine(Start, End, Text, Norm, Stem, Prefix, Suffix, Kind);
}
