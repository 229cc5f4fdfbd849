using Pipeline.Mentions;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// Headlines and lead lines of the form «X: …» (الأهلي: لم نتلقَّ خطابًا من فيفا): a short phrase, a
/// colon, then what X said. Typed by its content, a statement otherwise.
/// </summary>
public static class Headline
{
    private static readonly HashSet<string> Bylines = ["كتب", "كتبت", "بقلم", "تحرير", "متابعه", "تصوير", "المصدر", "مصدر", "ترجمه", "اعداد", "تقرير", "المحرر"];

    /// <summary>
    /// Rubrics that label a headline rather than name who speaks (عاجل: انفجار يهز …، شاهد: …، بالفيديو: …،
    /// حوار: فلان، رسميا: …), in their normalised spelling.
    /// </summary>
    private static readonly HashSet<string> Rubrics =
    [
        "عاجل", "شاهد", "شاهدوا", "فيديو", "بالفيديو", "صور", "بالصور", "فيديوجراف", "انفوجراف", "انفوغراف", "بالارقام",
        "حوار", "خاص", "حصري", "حصريا", "تحليل", "راي", "مقال", "متابعات", "تفاصيل", "التفاصيل", "تحديث", "مباشر", "رسميا", "اقرا",
    ];

    public static Claim? Find(Document d, Sentence s, NounPhrases phrases, MentionResolver resolver, ContentTyper typer)
    {
        var tokens = d.Tokens;
        int colon = -1;
        for (int i = s.FirstToken; i < Math.Min(s.EndToken, s.FirstToken + 6); i++)
        {
            if (tokens[i].Text is ":" or "：") { colon = i; break; }
            if (!tokens[i].IsWord) return null;
        }
        if (colon <= s.FirstToken || colon + 2 >= s.EndToken) return null;
        if (phrases.After(tokens, s.FirstToken, colon, _ => false) is not { } np || np.End != colon) return null;
        if (Bylines.Contains(tokens[s.FirstToken].Norm)) return null; // كتب: فلان — a byline, not a quote
        if (np.End - np.First == 1 && Rubrics.Contains(tokens[np.First].Norm)) return null; // عاجل: … — a rubric, not a speaker
        int first = colon + 1, end = s.EndToken;
        while (first < end && !tokens[first].IsWord && tokens[first].Kind != TokenKind.Quote) first++;
        while (end > first && tokens[end - 1].Kind == TokenKind.Punctuation) end--;
        if (end - first < 2) return null;
        var content = new TextSpan(tokens[first].Start, tokens[end - 1].End);
        TextSpan? quote = null;
        foreach (var q in d.Quotations)
        {
            if (content.Contains(q.Outer) && q.Depth == 0) { quote = q.Inner; break; }
        }
        return new Claim
        {
            Type = typer.TypeOf(tokens, first, end) ?? ClaimType.Statement,
            Speaker = resolver.Resolve(d, np.First, np.End, "grammar"),
            Content = content,
            Quote = quote,
            QuoteDirect = quote is not null,
            Cue = tokens[colon].Span,
            CueLemma = ":",
            Sentence = s.Span,
            Construction = "headline",
        };
    }
}
