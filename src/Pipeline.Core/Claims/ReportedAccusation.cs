using Pipeline.Mentions;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>
/// The accusation a denial reports: نفت الصين اتهامات وجّهتها إليها الولايات المتحدة بـ… holds the
/// denial by الصين and an accusation by الولايات المتحدة against الصين.
/// </summary>
public static class ReportedAccusation
{
    private static readonly string[] AccusationNouns = ["اتهام", "مزاعم", "ادعاء"];
    private static readonly string[] DirectingVerbs = ["وجه", "يوجه", "توجه", "ساق", "اطلق", "روج", "يروج", "تروج", "نشر", "تنشر", "ينشر", "زعم", "تزعم", "يزعم"];
    private static readonly HashSet<string> Skippable = ["التي", "الذي", "اليها", "اليه", "لها", "له", "الي", "ضدها", "ضده", "ضدهم", "اليهم", "لهم", "بها", "عليها"];

    public static Claim? Find(ClauseContext c, Claim denial, NounPhrases phrases, MentionResolver resolver)
    {
        var tokens = c.Tokens;
        for (int i = c.Cue.TokenIndex + 1; i < c.ClauseEnd; i++)
        {
            if (!tokens[i].IsWord || !AccusationNouns.Any(n => ActorGazetteer.Key(tokens[i].Stem).StartsWith(n, StringComparison.Ordinal))) continue;
            int j = i + 1;
            bool verb = false;
            // a quoted qualifier may stand between the noun and its verb: اتهامات “لا أساس لها” وجّهتها
            if (j < c.ClauseEnd && tokens[j].Kind == TokenKind.Quote)
            {
                foreach (var q in c.Document.Quotations)
                {
                    if (q.Open.Start != tokens[j].Start) continue;
                    while (j < c.ClauseEnd && tokens[j].Start < q.Close.End) j++;
                    break;
                }
            }
            while (j < c.ClauseEnd && tokens[j].IsWord)
            {
                var norm = tokens[j].Norm;
                if (Skippable.Contains(norm)) j++;
                else if (!verb && DirectingVerbs.Any(v => norm.StartsWith(v, StringComparison.Ordinal))) { verb = true; j++; }
                else break;
            }
            if (phrases.After(tokens, j, c.ClauseEnd, _ => false) is not { } np) continue;
            var accuser = resolver.Resolve(c.Document, np.First, np.End, "grammar");
            if (!verb && accuser.Canonical is null) continue; // a bare genitive must name a known actor (اتهامات واشنطن)
            int end = c.ClauseEnd;
            while (end > i && tokens[end - 1].Kind is TokenKind.Punctuation) end--;
            return new Claim
            {
                Type = ClaimType.Accusation,
                Speaker = accuser,
                Target = denial.Speaker,
                Content = new TextSpan(tokens[i].Start, tokens[end - 1].End),
                Cue = tokens[i].Span,
                CueLemma = "اتهم",
                Sentence = c.Sentence.Span,
                Construction = "reported-accusation",
            };
        }
        return null;
    }
}
