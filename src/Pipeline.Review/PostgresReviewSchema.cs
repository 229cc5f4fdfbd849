using Npgsql;
using NpgsqlTypes;
using Pipeline.Output;

namespace Pipeline.Review;

/// <summary>
/// The PostgreSQL review store's tables and statements: the current decision per claim (unique by
/// claim id), and a history of every change. The same columns as <see cref="SqliteReviewSchema"/>.
/// </summary>
internal static class PostgresReviewSchema
{
    private const string Columns =
        "claim_id, article_id, decision, fixed_type, fixed_speaker, fixed_target, fixed_content, note, reviewer, decided_at, original_json";

    private const string DecisionColumns = "decision, fixed_type, fixed_speaker, fixed_target, fixed_content, note, reviewer";

    public const string Create = """
        create table if not exists review_decisions (
            claim_id text primary key, article_id text not null, decision text not null,
            fixed_type text, fixed_speaker text, fixed_target text, fixed_content text,
            note text, reviewer text, decided_at timestamptz not null, original_json text not null);
        create table if not exists review_decision_history (
            seq bigint generated always as identity primary key,
            claim_id text not null, article_id text not null, decision text not null,
            fixed_type text, fixed_speaker text, fixed_target text, fixed_content text,
            note text, reviewer text, decided_at timestamptz not null, original_json text not null);
        create index if not exists review_decisions_article on review_decisions(article_id);
        """;

    /// <summary>
    /// Writes a decision unless the stored one is equal, and logs a written one in the history, in one
    /// statement: the conflict clause waits for another machine's insert of the same claim and then
    /// compares with it, so two machines recording the same decision store it (and its history) once.
    /// The snapshot and article id are never updated: the first stored stays.
    /// </summary>
    /// <returns>1 when the decision was new or changed, else 0.</returns>
    public static int Upsert(NpgsqlConnection c, NpgsqlTransaction tx, StoredDecision s)
    {
        using var cmd = new NpgsqlCommand($"""
            with changed as (
                insert into review_decisions ({Columns}) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                on conflict (claim_id) do update set decision = excluded.decision,
                    fixed_type = excluded.fixed_type, fixed_speaker = excluded.fixed_speaker,
                    fixed_target = excluded.fixed_target, fixed_content = excluded.fixed_content,
                    note = excluded.note, reviewer = excluded.reviewer, decided_at = excluded.decided_at
                where row({Prefixed("review_decisions")}) is distinct from row({Prefixed("excluded")})
                returning {Columns})
            insert into review_decision_history ({Columns}) select {Columns} from changed
            """, c, tx);
        var d = s.Decision;
        foreach (var text in new[] { d.ClaimId, s.ArticleId, ReviewDecision.Word(d.Kind), d.Fix.Type, d.Fix.Speaker, d.Fix.Target, d.Fix.Content, d.Note, d.Reviewer })
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)text ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = s.DecidedAt.ToUniversalTime() });
        cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = Json.Line(s.Original) });
        return cmd.ExecuteNonQuery();
    }

    public static Dictionary<string, StoredDecision> LoadAll(NpgsqlConnection c)
    {
        var all = new Dictionary<string, StoredDecision>(StringComparer.Ordinal);
        using var cmd = new NpgsqlCommand($"select {Columns} from review_decisions", c);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            if (!ReviewDecision.TryParseKind(r.GetString(2), out var kind))
                throw new InvalidDataException($"Review store row for claim '{r.GetString(0)}' holds the unknown decision '{r.GetString(2)}'.");
            var decision = new ReviewDecision(r.GetString(0), kind, new ClaimFix(Text(3), Text(4), Text(5), Text(6)), Text(7), Text(8));
            var at = r.GetFieldValue<DateTimeOffset>(9);
            all[decision.ClaimId] = new StoredDecision(decision, r.GetString(1), Json.Parse<ClaimRecord>(r.GetString(10)), at);
        }
        return all;
    }

    private static string Prefixed(string table) => string.Join(", ", DecisionColumns.Split(", ").Select(c => $"{table}.{c}"));
}
