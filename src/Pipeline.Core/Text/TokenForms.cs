namespace Pipeline.Text;

/// <summary>
/// The strings of a token: its surface, normalised form and clitic analysis. Equal surfaces have equal
/// forms, so the tokenizer gives every token of a word one shared instance (<see cref="Segment.Tokenizer"/>),
/// and what the lexicons answer for the word is remembered here too (<see cref="Mentions.TokenLookups"/>):
/// a token is then four fields, and a word is looked up once per thread instead of once per occurrence.
/// </summary>
internal sealed class TokenForms(string text, string norm, string stem, string prefix, string suffix)
{
    public string Text { get; } = text;

    public string Norm { get; } = norm;

    public string Stem { get; } = stem;

    public string Prefix { get; } = prefix;

    public string Suffix { get; } = suffix;

    private Mentions.TokenLookups? _lookups;

    /// <summary>
    /// The lexicon answers for this word, made on first use (a copy made with <c>with</c> never asks); written
    /// once per lexicon, read by any thread (see <see cref="Mentions.TokenLookups"/>).
    /// </summary>
    public Mentions.TokenLookups Lookups =>
        Volatile.Read(ref _lookups) ?? Interlocked.CompareExchange(ref _lookups, new Mentions.TokenLookups(), null) ?? _lookups!;
}
