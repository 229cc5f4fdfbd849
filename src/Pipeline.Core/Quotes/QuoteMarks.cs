using System.Buffers;
using Pipeline.Segment;

namespace Pipeline.Quotes;

/// <summary>Which set of marks a quotation mark belongs to; marks of one style pair best with each other.</summary>
internal enum QuoteStyle : byte
{
    Guillemet,
    Curly,
    Straight,
    SingleGuillemet,
    SingleCurly,
    SingleStraight,
}

/// <summary>Double marks pair with double marks, single with single, whatever their style («...").</summary>
internal enum QuoteFamily : byte
{
    Double,
    Single,
}

/// <summary>What the glyph suggests when the context around a mark does not decide.</summary>
internal enum GlyphLean : byte
{
    Open,
    Close,
    Neutral,
}

/// <summary>Style, family and lean of one quotation mark.</summary>
internal readonly record struct MarkInfo(QuoteStyle Style, QuoteFamily Family, GlyphLean Lean);

/// <summary>
/// The quotation marks of Arabic news, named, with their style. Arabic is written right to left and
/// articles are typed on many keyboards, so the glyph's own direction is only a hint: ” often opens
/// (بـ”حماية”), “ closes (”...“) and » opens after a colon. <see cref="QuoteContext"/> decides from
/// the neighbouring characters; the lean here is used only when the context is silent.
/// </summary>
internal static class QuoteMarks
{
    public const char LeftGuillemet = '\u00AB';       // «
    public const char RightGuillemet = '\u00BB';      // »
    public const char LeftDouble = '\u201C';          // “
    public const char RightDouble = '\u201D';         // ”
    public const char LowDouble = '\u201E';           // „
    public const char ReversedDouble = '\u201F';      // ‟
    public const char DoublePrime = '\u2033';         // ″ (typed for a closing mark: “ايه بي تي 40″)
    public const char Straight = '"';
    public const char FullwidthStraight = '\uFF02';   // ＂
    public const char LeftSingle = '\u2018';          // ‘
    public const char RightSingle = '\u2019';         // ’
    public const char ReversedSingle = '\u201B';      // ‛
    public const char LeftSingleGuillemet = '\u2039'; // ‹
    public const char RightSingleGuillemet = '\u203A';// ›
    public const char Apostrophe = '\'';
    public const char Grave = '`';

    /// <summary>The tokenizer's marks: every one of them is a <c>TokenKind.Quote</c> token.</summary>
    public static readonly SearchValues<char> All = SearchValues.Create(Tokenizer.QuoteMarks);

    public static bool IsMark(char c) => All.Contains(c);

    public static MarkInfo Info(char c) => c switch
    {
        LeftGuillemet => new(QuoteStyle.Guillemet, QuoteFamily.Double, GlyphLean.Open),
        RightGuillemet => new(QuoteStyle.Guillemet, QuoteFamily.Double, GlyphLean.Close),
        LeftDouble or LowDouble or ReversedDouble => new(QuoteStyle.Curly, QuoteFamily.Double, GlyphLean.Open),
        RightDouble => new(QuoteStyle.Curly, QuoteFamily.Double, GlyphLean.Close),
        DoublePrime => new(QuoteStyle.Curly, QuoteFamily.Double, GlyphLean.Neutral),
        Straight or FullwidthStraight => new(QuoteStyle.Straight, QuoteFamily.Double, GlyphLean.Neutral),
        LeftSingleGuillemet => new(QuoteStyle.SingleGuillemet, QuoteFamily.Single, GlyphLean.Open),
        RightSingleGuillemet => new(QuoteStyle.SingleGuillemet, QuoteFamily.Single, GlyphLean.Close),
        LeftSingle or ReversedSingle => new(QuoteStyle.SingleCurly, QuoteFamily.Single, GlyphLean.Open),
        RightSingle => new(QuoteStyle.SingleCurly, QuoteFamily.Single, GlyphLean.Close),
        _ => new(QuoteStyle.SingleStraight, QuoteFamily.Single, GlyphLean.Neutral), // ' ` and any mark added later
    };
}
