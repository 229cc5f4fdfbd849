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
/// The strings live in a <see cref="TokenForms"/> that every token of the same word shares, so a token
/// costs 40 bytes (it is the most numerous object of an article).
/// </summary>
public readonly record struct Token
{
    private readonly TokenForms _forms;

    public Token(int start, int end, string text, string norm, string stem, string prefix, string suffix, TokenKind kind)
        : this(start, end, new TokenForms(text, norm, stem, prefix, suffix), kind)
    {
    }

    internal Token(int start, int end, TokenForms forms, TokenKind kind)
    {
        Start = start;
        End = end;
        _forms = forms;
        Kind = kind;
    }

    public int Start { get; init; }

    public int End { get; init; }

    public TokenKind Kind { get; init; }

    public string Text { get => _forms.Text; init => _forms = new TokenForms(value, Norm, Stem, Prefix, Suffix); }

    public string Norm { get => _forms.Norm; init => _forms = new TokenForms(Text, value, Stem, Prefix, Suffix); }

    public string Stem { get => _forms.Stem; init => _forms = new TokenForms(Text, Norm, value, Prefix, Suffix); }

    public string Prefix { get => _forms.Prefix; init => _forms = new TokenForms(Text, Norm, Stem, value, Suffix); }

    public string Suffix { get => _forms.Suffix; init => _forms = new TokenForms(Text, Norm, Stem, Prefix, value); }

    public TextSpan Span => new(Start, End);

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>True when the proclitics contain the definite article.</summary>
    public bool HasArticle => Prefix.EndsWith("ال", StringComparison.Ordinal) || Prefix.EndsWith("لل", StringComparison.Ordinal);

    /// <summary>True when the token starts with the conjunction و or ف.</summary>
    public bool HasConjunction => Prefix.Length > 0 && (Prefix[0] == 'و' || Prefix[0] == 'ف');

    public override string ToString() => $"{Text}{Span}";

    /// <summary>Lexicon lookups remembered for this token's word (shared by every token with the same forms); not part of its value.</summary>
    internal Pipeline.Mentions.TokenLookups Lookups => _forms.Lookups;

    /// <summary>Equal tokens have the same span, forms and kind (remembered lookups aside).</summary>
    public bool Equals(Token other) =>
        Start == other.Start && End == other.End && Kind == other.Kind && Text == other.Text
        && Norm == other.Norm && Stem == other.Stem && Prefix == other.Prefix && Suffix == other.Suffix;

    public override int GetHashCode() => HashCode.Combine(Start, End, Text, Norm, Stem, Prefix, Suffix, Kind);
}
