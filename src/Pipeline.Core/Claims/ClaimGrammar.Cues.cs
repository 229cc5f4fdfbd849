using System.Buffers;
using System.Collections.Frozen;
using Pipeline.Lexicons;
using Pipeline.Mentions;
using Pipeline.Text;

namespace Pipeline.Claims;

/// <summary>Which cue tokens open claims: lookup once per document, then the filters for names, negation, relative clauses and quotations.</summary>
public sealed partial class ClaimGrammar
{
    /// <summary>Every token's cue match, computed once per document (outside quotations only).</summary>
    /// <summary>
    /// The cue match at each token, from the shared pool (<see cref="Predict"/> returns it, cleared, when done:
    /// an array a document is the claim stage's largest allocation). It may be longer than the token list.
    /// </summary>
    private CueMatch?[] CueIndex(Document d)
    {
        var cueAt = ArrayPool<CueMatch?>.Shared.Rent(Math.Max(1, d.Tokens.Count));
        int q = 0;
        var quotes = d.Quotations.OrderBy(x => x.Inner.Start).ToList();
        for (int i = 0; i < d.Tokens.Count; i++)
        {
            if (!d.Tokens[i].IsWord) continue;
            if (InsideQuotation(quotes, ref q, d.Tokens[i].Start)) continue;
            cueAt[i] = cues.Match(d.Tokens, i);
        }
        return cueAt;
    }

    private List<CueMatch> FindCues(Document d, Sentence s, CueMatch?[] cueAt)
    {
        var list = new List<CueMatch>();
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (cueAt[i] is not { } m) continue;
            // a cue right after another is its object (تنفي شنّ هجوم); after أبو/بن it is a name (أبو طالب)
            if (i > s.FirstToken && (list.Count > 0 && list[^1].TokenIndex == i - 1 || NounPhrases.NameLinks.Contains(d.Tokens[i - 1].Norm))) continue;
            // أعربت الوزارة عن إدانتها للهجوم: the verb's claim already holds the noun after عن
            if (m.Entry.Class == CueClass.Noun && i - 1 > s.FirstToken && d.Tokens[i - 1].Norm == "عن" && list.Count > 0
                && list[^1].Entry.Class == CueClass.Verb && list[^1].Entry.Lemma == "أعرب" && i - list[^1].TokenIndex <= NounPhrases.MaxWords + 2) continue;
            // جدد المجلس إدانته، وجهت النيابة اتهامات: the noun a verb requires is that verb's claim, not a second one
            if (m.Entry.Class == CueClass.Noun && list.Count > 0 && list[^1].Entry.Class == CueClass.Verb && list[^1].Entry.Requires.Length > 0
                && i - list[^1].TokenIndex <= NounPhrases.MaxWords + 2 && CueLexicon.Satisfies(d.Tokens[i], list[^1].Entry.Requires)) continue;
            if (IsRelativeClause(d, s, m) || IsNegated(d, s, m) || AfterRelativePronoun(d, s, m) || IsPronounPredicate(d, s, m) || IsImpersonal(d, s, m) || AsksAnonymity(d, s, m)) continue;
            // بيان صحفي أصدرته السفارة: an issuer carrying an object pronoun describes a statement already named
            if (m.Entry.Class == CueClass.Issuer && m.Suffix.Length > 0) continue;
            // وفقا للقانون، طبقا لدورها: "in accordance with", not a source; ، بحسب البيان، inside a clause
            // that already has its speech verb only attributes that clause again
            if (m.Entry.Class == CueClass.Source && (SourceComplement(d, i, s.EndToken) < 0 || IsParenthetical(d, s, m, list))) continue;
            list.Add(m);
        }
        return list;
    }

    /// <summary>
    /// طلب عدم الكشف عن هويته، فضّل عدم ذكر اسمه، رفض الكشف عن اسمه: the aside that a source stays
    /// anonymous describes the speaker; it is no appeal or denial of its own.
    /// </summary>
    private static bool AsksAnonymity(Document d, Sentence s, CueMatch m)
    {
        int i = m.TokenIndex + 1;
        if (i < s.EndToken && d.Tokens[i].Norm == "عدم") i++;
        if (i + 2 >= s.EndToken || d.Tokens[i].Norm is not ("الكشف" or "ذكر" or "نشر" or "الافصاح")) return false;
        int name = d.Tokens[i + 1].Norm == "عن" ? i + 2 : i + 1;
        return name < s.EndToken && (d.Tokens[name].Norm.StartsWith("اسم", StringComparison.Ordinal) || d.Tokens[name].Norm.StartsWith("هويت", StringComparison.Ordinal));
    }

    /// <summary>«وجاء ذلك في/بحسب …» only names the source of what was just reported: no new claim.</summary>
    private static bool RefersBack(Document d, Sentence s) =>
        s.TokenCount > 2 && d.Tokens[s.FirstToken].Stem is "جاء" && d.Tokens[s.FirstToken + 1].Norm is "ذلك" or "هذا";

    /// <summary>
    /// A cue opens a new clause (and ends the one before) when it is a participle or source phrase, or
    /// a verb joined by و/ف or after punctuation. A bare verb inside reported content
    /// (ذكرت أن إدارة القناة تنفي ذلك) is nested speech: the outer content runs on over it.
    /// </summary>
    private static bool OpensClause(Document d, CueMatch m)
    {
        if (m.Entry.Class is CueClass.Participle or CueClass.Source) return true;
        if (m.Entry.Class == CueClass.Noun) return false;
        if (m.Prefix.Length > 0) return true;
        return m.TokenIndex == 0 || !d.Tokens[m.TokenIndex - 1].IsWord;
    }

    /// <summary>
    /// An imperfect verb straight after a noun in mid-sentence describes that noun (خبر كاذب يزعم …,
    /// «a false report that claims»): it is not a new reporting clause. Nor is one after a joined
    /// pronoun (حوار مفبرك وهو يؤكد فيه، «in which he is made to say»): a circumstantial clause.
    /// </summary>
    private bool IsRelativeClause(Document d, Sentence s, CueMatch m)
    {
        if (m.Entry.Class != CueClass.Verb || m.Prefix.Length > 0 || m.TokenIndex - s.FirstToken < 6) return false;
        var form = m.Entry.Form;
        if (form.Length < 3 || form[0] is not ('ي' or 'ت')) return false;
        var prev = d.Tokens[m.TokenIndex - 1];
        return prev.IsWord && (prev.Norm is "وهو" or "وهي" or "وهم" or "فهو" or "فهي" or "فهم"
            || !phrases.IsFunctionWord(prev) && !resolver.IsKnown(d.Tokens, m.TokenIndex - 1));
    }

    /// <summary>
    /// A verb right after a relative pronoun (التصريح الذي زعمت الوكالة، الوقفة التي دعا إليها، ندد بما وصفه بالعدوان) is a
    /// relative clause describing a noun: its act is background, not a claim of this sentence. A relative
    /// on الأمر (وهو الأمر الذي نفاه الاتحاد) refers to the whole proposition before it and is the claim.
    /// </summary>
    private static bool AfterRelativePronoun(Document d, Sentence s, CueMatch m) =>
        m.Entry.Class == CueClass.Verb && m.Prefix.Length == 0 && m.TokenIndex - 1 > s.FirstToken
        && d.Tokens[m.TokenIndex - 1].Norm is "الذي" or "التي" or "الذين" or "اللذين" or "اللتين" or "اللاتي" or "اللواتي" or "بما" or "لما" or "مما" or "عما"
        && d.Tokens[m.TokenIndex - 2].Stem is not ("امر" or "شيء");

    /// <summary>
    /// A verb whose subject is the pronoun of a complementiser before it (بأنه قد صرح به، أنها نفت) is the
    /// predicate of reported content: the outer claim already reports it.
    /// </summary>
    private static bool IsPronounPredicate(Document d, Sentence s, CueMatch m)
    {
        if (m.Entry.Class != CueClass.Verb || m.Prefix.Length > 0) return false;
        int i = m.TokenIndex - 1;
        if (i > s.FirstToken && d.Tokens[i].Norm == "قد") i--;
        return i >= s.FirstToken && d.Tokens[i].Norm is "انه" or "انها" or "انهم" or "بانه" or "بانها" or "بانهم";
    }

    /// <summary>
    /// ويُذكر أن، يُرجَّح ألا، يُتوقَّع أن: an imperfect verb with nothing between it and أن is the impersonal
    /// passive of the narrator ("it is mentioned / likely that"), not someone's claim.
    /// </summary>
    private static bool IsImpersonal(Document d, Sentence s, CueMatch m)
    {
        if (m.Entry.Class != CueClass.Verb || m.Entry.Lemma is not ("ذكر" or "رجح" or "توقع") || m.Entry.Form[0] != 'ي') return false;
        int next = m.TokenIndex + 1;
        return next < s.EndToken && d.Tokens[next].Norm is "ان" or "الا" or "انه" or "انها";
    }

    /// <summary>، بحسب البيان، — a source phrase set off by a comma after a claim verb of the same sentence.</summary>
    private static bool IsParenthetical(Document d, Sentence s, CueMatch m, List<CueMatch> earlier) =>
        m.TokenIndex > s.FirstToken && d.Tokens[m.TokenIndex - 1].Text is "،" or ","
        && earlier.Count > 0 && earlier[^1].Entry.Class is CueClass.Verb && m.TokenIndex - earlier[^1].TokenIndex <= 4;

    /// <summary>A negated verb (لم يطلب، لن يتهم) reports what was not said: no claim.</summary>
    private static bool IsNegated(Document d, Sentence s, CueMatch m) =>
        m.Entry.Class == CueClass.Verb && m.Prefix.Length == 0 && m.TokenIndex > s.FirstToken
        && (d.Tokens[m.TokenIndex - 1].Norm is "لم" or "لن" or "لا" or "ما" or "ولم" or "ولن" or "ولا" || NobodySubject(d, s, m.TokenIndex));

    /// <summary>لا أحد ينكر، ما من أحد ينفي، لم يعد أحد يتهم: a verb whose subject is "nobody" makes no claim.</summary>
    private static bool NobodySubject(Document d, Sentence s, int cue) =>
        cue - 2 >= s.FirstToken && d.Tokens[cue - 1].Norm == "احد"
        && d.Tokens[cue - 2].Norm is "لا" or "ولا" or "من" or "يعد" or "يكاد";

    /// <summary>Whether a position lies inside a quotation; <paramref name="q"/> walks the sorted quotations forward.</summary>
    private static bool InsideQuotation(List<Quotation> sorted, ref int q, int position)
    {
        while (q < sorted.Count && sorted[q].Inner.End <= position) q++;
        for (int k = q; k < sorted.Count && sorted[k].Inner.Start <= position; k++)
        {
            if (sorted[k].Inner.Contains(position)) return true;
        }
        return false;
    }
}
