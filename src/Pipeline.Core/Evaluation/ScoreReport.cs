using System.Text;

namespace Pipeline.Evaluation;

/// <summary>Prints a <see cref="ClaimEvaluation"/> exactly as score.py prints it (plain table or --json).</summary>
public static class ScoreReport
{
    public static string Text(ClaimEvaluation e, int showMisses = 0)
    {
        var sb = new StringBuilder();
        sb.Append($"documents {e.Docs}, with predictions {e.DocsWithPredictions}, unreadable lines {e.BadLines}\n");
        sb.Append($"{"type",-14} {"gold",5} {"pred",5} {"tp",4} {"P",6} {"R",6} {"F1",6}\n");
        foreach (var t in e.Types)
            sb.Append($"{t.Type,-14} {t.Gold,5} {t.Pred,5} {t.Tp,4} {PythonFloat.F3(t.P),6} {PythonFloat.F3(t.R),6} {PythonFloat.F3(t.F1),6}\n");
        foreach (var m in e.Misses.Take(showMisses))
        {
            var content = m.Content ?? "";
            var cut = new StringBuilder();
            int n = 0;
            foreach (var r in content.EnumerateRunes()) { if (n++ == 60) break; cut.Append(r.ToString()); }
            sb.Append($"MISS {m.Doc} {m.Type} | {m.Speaker} -> {m.Target ?? "None"} | {cut}\n");
        }
        sb.Append(HeadlineLine(e)).Append('\n');
        return sb.ToString();
    }

    /// <summary>score.py's --json output (json.dumps with indent=1) followed by the headline line.</summary>
    public static string Json(ClaimEvaluation e)
    {
        var sb = new StringBuilder();
        sb.Append("{\n");
        sb.Append($" \"docs\": {e.Docs},\n");
        sb.Append($" \"docs_with_predictions\": {e.DocsWithPredictions},\n");
        sb.Append($" \"bad_lines\": {e.BadLines},\n");
        if (e.Types.Count == 0) sb.Append(" \"types\": {},\n");
        else
        {
            sb.Append(" \"types\": {\n");
            for (int i = 0; i < e.Types.Count; i++)
            {
                var t = e.Types[i];
                sb.Append($"  \"{t.Type}\": {{\n   \"gold\": {t.Gold},\n   \"pred\": {t.Pred},\n   \"tp\": {t.Tp},\n");
                sb.Append($"   \"p\": {PythonFloat.Repr(t.P)},\n   \"r\": {PythonFloat.Repr(t.R)},\n   \"f1\": {PythonFloat.Repr(t.F1)}\n  }}");
                sb.Append(i < e.Types.Count - 1 ? ",\n" : "\n");
            }
            sb.Append(" },\n");
        }
        sb.Append($" \"micro\": {{\n  \"p\": {PythonFloat.Repr(e.MicroP)},\n  \"r\": {PythonFloat.Repr(e.MicroR)},\n  \"f1\": {PythonFloat.Repr(e.MicroF1)}\n }},\n");
        sb.Append($" \"who_accused_whom_f1\": {PythonFloat.Repr(e.WhoAccusedWhomF1)},\n");
        sb.Append($" \"who_denied_what_f1\": {PythonFloat.Repr(e.WhoDeniedWhatF1)},\n");
        sb.Append($" \"any_type_f1\": {PythonFloat.Repr(e.AnyTypeF1)}\n");
        sb.Append("}\n");
        sb.Append(HeadlineLine(e)).Append('\n');
        return sb.ToString();
    }

    /// <summary>The headline line score.py prints last.</summary>
    public static string HeadlineLine(ClaimEvaluation e) =>
        $"claims micro-F1 {PythonFloat.F3(e.MicroF1)} | who-accused-whom F1 {PythonFloat.F3(e.WhoAccusedWhomF1)} | " +
        $"who-denied-what F1 {PythonFloat.F3(e.WhoDeniedWhatF1)} | any-type F1 {PythonFloat.F3(e.AnyTypeF1)}";
}
