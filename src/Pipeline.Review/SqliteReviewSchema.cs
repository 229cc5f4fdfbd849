using System.Globalization;
using Microsoft.Data.Sqlite;
using Pipeline.Output;

namespace Pipeline.Review;

/// <summary>The SQLite review store's tables and statements: the current decision per claim, and a history of every change.</summary>
internal static class SqliteReviewSchema
{
    private const string Columns =
        "claim_id, article_id, decision, fixed_type, fixed_speaker, fixed_target, fixed_content, note, reviewer, decided_at, original_json";

    public static void Create(SqliteConnection c) => Execute(c, null, $"""
        CREATE TABLE IF NOT EXISTS decisions (
            claim_id TEXT PRIMARY KEY, article_id TEXT NOT NULL, decision TEXT NOT NULL,
            fixed_type TEXT, fixed_speaker TEXT, fixed_target TEXT, fixed_content TEXT,
            note TEXT, reviewer TEXT, decided_at TEXT NOT NULL, original_json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS decision_history (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            claim_id TEXT NOT NULL, article_id TEXT NOT NULL, decision TEXT NOT NULL,
            fixed_type TEXT, fixed_speaker TEXT, fixed_target TEXT, fixed_content TEXT,
            note TEXT, reviewer TEXT, decided_at TEXT NOT NULL, original_json TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS decisions_article ON decisions(article_id);
        PRAGMA user_version = 1;
        """);

    public static void Upsert(SqliteConnection c, SqliteTransaction tx, StoredDecision s)
    {
        const string values = "$claim, $article, $decision, $type, $speaker, $target, $content, $note, $reviewer, $at, $original";
        Execute(c, tx, $"""
            INSERT INTO decisions ({Columns}) VALUES ({values})
            ON CONFLICT(claim_id) DO UPDATE SET decision = excluded.decision,
                fixed_type = excluded.fixed_type, fixed_speaker = excluded.fixed_speaker,
                fixed_target = excluded.fixed_target, fixed_content = excluded.fixed_content,
                note = excluded.note, reviewer = excluded.reviewer, decided_at = excluded.decided_at;
            INSERT INTO decision_history ({Columns}) VALUES ({values});
            """, s);
    }

    public static Dictionary<string, StoredDecision> LoadAll(SqliteConnection c)
    {
        var all = new Dictionary<string, StoredDecision>(StringComparer.Ordinal);
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT {Columns} FROM decisions";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            if (!ReviewDecision.TryParseKind(r.GetString(2), out var kind))
                throw new InvalidDataException($"Review store row for claim '{r.GetString(0)}' holds the unknown decision '{r.GetString(2)}'.");
            var decision = new ReviewDecision(r.GetString(0), kind, new ClaimFix(Text(3), Text(4), Text(5), Text(6)), Text(7), Text(8));
            var at = DateTimeOffset.Parse(r.GetString(9), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            all[decision.ClaimId] = new StoredDecision(decision, r.GetString(1), Json.Parse<ClaimRecord>(r.GetString(10)), at);
        }
        return all;
    }

    private static void Execute(SqliteConnection c, SqliteTransaction? tx, string sql, StoredDecision? s = null)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        if (s is not null)
        {
            var d = s.Decision;
            cmd.Parameters.AddWithValue("$claim", d.ClaimId);
            cmd.Parameters.AddWithValue("$article", s.ArticleId);
            cmd.Parameters.AddWithValue("$decision", ReviewDecision.Word(d.Kind));
            cmd.Parameters.AddWithValue("$type", (object?)d.Fix.Type ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$speaker", (object?)d.Fix.Speaker ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$target", (object?)d.Fix.Target ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$content", (object?)d.Fix.Content ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$note", (object?)d.Note ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$reviewer", (object?)d.Reviewer ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$at", SqliteReviewStore.Time(s.DecidedAt));
            cmd.Parameters.AddWithValue("$original", Json.Line(s.Original));
        }
        cmd.ExecuteNonQuery();
    }
}
