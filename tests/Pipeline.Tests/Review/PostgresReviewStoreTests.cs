using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Pipeline.Output;
using Pipeline.Review;
using Pipeline.Tests.Storage;
using Pipeline.Worker;

namespace Pipeline.Tests.Review;

/// <summary>What only the PostgreSQL review store does: several machines on one store, and its setting.</summary>
public class PostgresReviewStoreTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static (ReviewDecision, ClaimRecord)[] Sheet(ReviewFixture f, int count, string reviewer) =>
        Enumerable.Range(1, count).Select(i =>
        {
            var claim = f.Claims[i % f.Claims.Count] with { Id = $"c-{i:D12}" };
            return (new ReviewDecision(claim.Id, DecisionKind.Reject, ClaimFix.None, "ليس ادعاء", reviewer), claim);
        }).ToArray();

    [Test]
    public void Two_machines_recording_the_same_decisions_at_once_store_each_once()
    {
        using var pg = PostgresTestSchema.CreateOrIgnore();
        using var f = new ReviewFixture();
        using var first = ReviewStore.Open(pg.Location);
        using var second = ReviewStore.Open(pg.Location);
        var sheet = Sheet(f, 60, "hana");
        using var start = new Barrier(2);

        int Import(IReviewStore store, IEnumerable<(ReviewDecision, ClaimRecord)> rows)
        {
            start.SignalAndWait();
            // in batches, as several sheets would arrive, so the two machines interleave
            return rows.Chunk(10).Sum(batch => store.Record(batch, Monday));
        }

        var a = Task.Run(() => Import(first, sheet));
        var b = Task.Run(() => Import(second, sheet.Reverse()));
        Task.WaitAll(a, b);

        Assert.That((a.Result + b.Result, pg.Scalar("select count(*) from review_decisions"), pg.Scalar("select count(*) from review_decision_history")),
            Is.EqualTo((60, 60L, 60L)));
        Assert.That(first.Decisions().Select(d => d.Decision), Is.EquivalentTo(sheet.Select(s => s.Item1)));
    }

    [Test]
    public void A_decision_recorded_on_one_machine_is_found_on_another()
    {
        using var pg = PostgresTestSchema.CreateOrIgnore();
        using var f = new ReviewFixture();
        using var importer = ReviewStore.Open(pg.Location);
        using var extractor = ReviewStore.OpenIfExists(pg.Location)!;

        importer.Record(Sheet(f, 1, "hana"), Monday);

        Assert.That(extractor.Find("c-000000000001")?.Decision.Reviewer, Is.EqualTo("hana"));
    }

    [Test]
    public void A_login_without_the_create_right_uses_tables_an_administrator_made()
    {
        using var pg = PostgresTestSchema.CreateOrIgnore();
        using var f = new ReviewFixture();
        ReviewStore.Open(pg.Location).Dispose();
        string role = "reviewer_" + pg.Name;
        pg.Execute($"create role {role} login; grant usage on schema {pg.Name} to {role}; " +
                   $"grant select, insert, update on all tables in schema {pg.Name} to {role}; grant usage on all sequences in schema {pg.Name} to {role}");
        try
        {
            var login = new NpgsqlConnectionStringBuilder(pg.ConnectionString) { Username = role, Pooling = false };
            using var store = ReviewStore.Open("postgres:" + login.ConnectionString);

            Assert.That(store.Record(Sheet(f, 2, "hana"), Monday), Is.EqualTo(2));
        }
        finally
        {
            pg.Execute($"drop owned by {role}; drop role {role}");
        }
    }

    [Test]
    public void The_setting_is_shown_without_its_password()
    {
        using var pg = PostgresTestSchema.CreateOrIgnore();
        using var store = ReviewStore.Open(pg.Location + ";Password=s3cret");

        Assert.That(store.Location, Does.StartWith("postgres:Host=").And.Not.Contains("s3cret"));
    }

    [Test]
    public void An_unreachable_server_fails_with_the_fix()
    {
        var ex = Assert.Throws<ReviewInputException>(() => ReviewStore.Open("postgres:Host=127.0.0.1;Port=1;Username=x;Timeout=2"));
        Assert.That(ex!.Message, Does.Contain("cannot open the review store").And.Contain("Pipeline:ReviewStore"));
    }

    [TestCase("postgres:Hots=db1")]
    [TestCase("postgres:Database=pipeline")]
    public void A_bad_connection_string_fails_at_start_naming_the_key(string setting)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Pipeline:ReviewStore"] = setting }).Build();
        using var services = PipelineServices.Add(new ServiceCollection(), configuration).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<PipelineOptions>>().Value);
        Assert.That(ex!.Message, Does.StartWith("Pipeline:ReviewStore: ").And.Contain("postgres:Host="));
    }

    [TestCase("")]
    [TestCase("out/reviews.db")]
    [TestCase("postgres:Host=db1;Database=pipeline;Username=pipeline")]
    public void Sqlite_paths_and_postgres_connection_strings_are_accepted(string setting) =>
        Assert.That(ReviewStore.Problem("Pipeline:ReviewStore", setting), Is.Null);
}
