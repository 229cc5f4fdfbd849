using Pipeline.Lexicons;
using Pipeline.Text;

namespace Pipeline.Claims.Learning;

/// <summary>
/// What the speaker model sees of one possible speaker of a cue: for a word of the sentence, the word,
/// its clitics and neighbours, which side of the cue it stands and how far, the known actor covering it;
/// for an earlier claim's speaker, how recent it is and whether the cue reads as a continuation
/// (وأضاف، مشيرا) or has a subject of its own before it. Each with the cue's lemma and class.
/// </summary>
public static class SpeakerFeatures
{
    public static void Fill(FeatureBag bag, Document d, Sentence s, CueMatch cue, SpeakerCandidate k, bool wordBeforeCue)
    {
        var tokens = d.Tokens;
        var cueToken = tokens[cue.TokenIndex];
        string cls = Enum.GetName(cue.Entry.Class)!;
        string conj = cueToken.HasConjunction ? "و" : "-";
        bag.Add("bias");
        bag.Add("cls", cls);
        bag.Add("lemma", cue.Entry.Lemma);
        bag.Add("suf", cue.Suffix);
        bag.Add("conj", conj);
        if (k.Previous is { } prev)
        {
            string rank = k.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture);
            bag.Add("prev", rank);
            bag.Add("prevcls", rank, cls);
            bag.Add("prevconj", rank, conj);
            bag.Add("prevfirst", rank, cue.TokenIndex == s.FirstToken || (cue.TokenIndex == s.FirstToken + 1 && !tokens[s.FirstToken].IsWord) ? "1" : "0");
            bag.Add("prevwb", rank, wordBeforeCue ? "1" : "0");
            bag.Add("prevkind", Enum.GetName(prev.Kind));
            return;
        }
        int i = k.Token;
        var t = tokens[i];
        int dist = i - cue.TokenIndex;
        string side = dist < 0 ? "before" : "after";
        string db = dist < 0 ? "-" + TypeFeatures.Bucket(-dist) : TypeFeatures.Bucket(dist);
        string stem = TypeFeatures.StemOf(t);
        bag.Add("w", stem);
        bag.Add("sw", side, stem);
        bag.Add("pre", t.Prefix);
        bag.Add("spre", side, t.Prefix);
        bag.Add("d", db);
        bag.Add("cd", cls, db);
        bag.Add("cjd", conj, db);
        if (dist is >= -3 and <= 3) bag.Add("dx", dist.ToString(System.Globalization.CultureInfo.InvariantCulture), cls);
        bag.Add("art", t.HasArticle ? "1" : "0");
        string p1 = i - 1 >= s.FirstToken ? tokens[i - 1].Norm : "<s>";
        string n1 = i + 1 < s.EndToken ? tokens[i + 1].Norm : "</s>";
        bag.Add("p1", p1);
        bag.Add("n1", n1);
        bag.Add("sp1", side, p1);
        if (k.Covering is { } m)
        {
            bag.Add("m", Enum.GetName(m.Kind));
            bag.Add("sm", side, Enum.GetName(m.Kind));
            bag.Add("mfirst", t.Start == m.Start ? "1" : "0");
        }
    }
}
