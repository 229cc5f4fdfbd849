namespace Pipeline.Text;

/// <summary>Whether an article is Arabic, which decides whether the claim grammar runs on it.</summary>
public enum TextLanguage
{
    /// <summary>Not yet decided (the claim stage has not run).</summary>
    Unknown,

    /// <summary>Arabic: most letters are Arabic-script letters of the Arabic alphabet.</summary>
    Arabic,

    /// <summary>Arabic script, but Persian, Urdu, Pashto or Kurdish (their own letters are frequent).</summary>
    OtherArabicScript,

    /// <summary>Mostly another script (English, French, Russian …), or no letters at all.</summary>
    OtherScript,
}

/// <summary>
/// Tells Arabic articles from the rest by their letters, so that a crawl that reaches an English
/// edition or a Persian site writes those pages' articles but no claims: the cue lexicon and the claim
/// grammar are Arabic, and on other text they only find noise ("SOURCE: Al Jazeera" read as a
/// headline claim, Persian «ذکر» read as a speech verb). Hand-written: a script count, not a language
/// model; it needs no training and does not confuse Arabic with the languages that share its script.
/// <list type="bullet">
/// <item>Fewer than half of the letters in the Arabic script → <see cref="TextLanguage.OtherScript"/>
/// (an Arabic article quoting English still has a majority of Arabic letters).</item>
/// <item>Letters that Arabic does not use but Persian and Urdu write in almost every word (پ چ ژ گ ک ی,
/// ے ہ ں ٹ ڈ ڑ ۓ ۀ) make up at least 2% of the Arabic-script letters → <see cref="TextLanguage.OtherArabicScript"/>.
/// In Persian, ی and ک alone are about a tenth of all letters; in Arabic news they appear only in the odd
/// transliterated name (گوغل) or a Persian keyboard's ی, far below 2%.</item>
/// </list>
/// </summary>
public static class ArticleLanguage
{
    /// <summary>Share of the Arabic-script letters that may be Persian/Urdu letters in an Arabic text.</summary>
    public const double OtherArabicScriptShare = 0.02;

    public static TextLanguage Of(ReadOnlySpan<char> text)
    {
        int arabicScript = 0, foreign = 0, otherLetters = 0;
        foreach (char c in text)
        {
            if (IsArabicScriptLetter(c))
            {
                arabicScript++;
                if (IsNonArabicLetter(c)) foreign++;
            }
            else if (char.IsLetter(c))
            {
                otherLetters++;
            }
        }
        if (arabicScript == 0 || arabicScript < otherLetters) return TextLanguage.OtherScript;
        return foreign >= OtherArabicScriptShare * arabicScript ? TextLanguage.OtherArabicScript : TextLanguage.Arabic;
    }

    /// <summary>Letters of the Arabic block, Arabic Supplement and presentation forms (not digits, punctuation or marks).</summary>
    private static bool IsArabicScriptLetter(char c) =>
        c is (>= '\u0620' and <= '\u064A') or (>= '\u066E' and <= '\u06D3') or '\u06D5' or (>= '\u06FA' and <= '\u06FF')
            or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFC');

    /// <summary>پ چ ژ گ ک ی (Persian) and ٹ ڈ ڑ ں ہ ۀ ے ۓ (Urdu): letters Arabic itself does not write.</summary>
    private static bool IsNonArabicLetter(char c) =>
        c is '\u067E' or '\u0686' or '\u0698' or '\u06AF' or '\u06A9' or '\u06CC'
            or '\u0679' or '\u0688' or '\u0691' or '\u06BA' or '\u06C1' or '\u06C0' or '\u06D2' or '\u06D3';
}
