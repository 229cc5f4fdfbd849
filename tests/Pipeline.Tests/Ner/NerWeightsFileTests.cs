using Pipeline.Ner;

namespace Pipeline.Tests.Ner;

public class NerWeightsFileTests
{
    private static NerModelHeader Header(int tags, int bits) =>
        new(NerModelHeader.CurrentVersion, NerTags.All.Take(tags).ToList(), bits, new NerFeatureOptions(), "test", "", 0, "", "");

    /// <summary>Dense weights <c>[feature * tags + tag]</c> where about <paramref name="density"/> of the rows are non-zero.</summary>
    private static float[] RandomDense(Random random, int tags, int bits, double density)
    {
        var dense = new float[(1 << bits) * tags];
        for (int f = 0; f < 1 << bits; f++)
        {
            if (random.NextDouble() >= density) continue;
            int t = random.Next(tags); // a row may have a single non-zero weight
            dense[f * tags + t] = (float)(random.NextDouble() * 4 - 2);
            if (random.Next(2) == 0)
                for (int u = 0; u < tags; u++) dense[f * tags + u] = (float)(random.NextDouble() * 4 - 2);
        }
        return dense;
    }

    private static NerWeights RoundTrip(NerWeights weights, NerModelHeader header)
    {
        using var stream = new MemoryStream();
        NerWeightsFile.Write(weights, stream);
        stream.Position = 0;
        return NerWeightsFile.Read(stream, header);
    }

    [TestCase(1, 9, 10, 0.6)]
    [TestCase(2, 9, 12, 0.05)]
    [TestCase(3, 5, 8, 1.0)]
    [TestCase(4, 9, 1, 0.5)]
    public void Random_weights_read_back_bit_for_bit(int seed, int tags, int bits, double density)
    {
        var random = new Random(seed);
        var bias = Enumerable.Range(0, tags).Select(_ => (float)random.NextDouble()).ToArray();
        var dense = RandomDense(random, tags, bits, density);
        var weights = NerWeights.FromDense(tags, bits, bias, dense);

        var read = RoundTrip(weights, Header(tags, bits));

        Assert.That(read.Bias, Is.EqualTo(bias));
        Assert.That(read.RowOf, Is.EqualTo(weights.RowOf));
        Assert.That(read.Rows, Is.EqualTo(weights.Rows));
        for (int f = 0; f < 1 << bits; f++)
            for (int t = 0; t < tags; t++)
                Assert.That(read.RowOf[f] < 0 ? 0f : read.Rows[read.RowOf[f] * tags + t], Is.EqualTo(dense[f * tags + t]));
    }

    [Test]
    public void Only_rows_with_a_non_zero_weight_are_kept()
    {
        var dense = new float[16 * 3];
        dense[5 * 3 + 2] = 0.5f;
        dense[9 * 3 + 0] = -1.25f;
        var weights = NerWeights.FromDense(3, 4, [0.1f, 0.2f, 0.3f], dense);
        Assert.That(weights.RowCount, Is.EqualTo(2));
        Assert.That(weights.RowOf.Count(r => r >= 0), Is.EqualTo(2));
        Assert.That(weights.Rows, Is.EqualTo(new[] { 0f, 0f, 0.5f, -1.25f, 0f, 0f }));
    }

    [Test]
    public void All_zero_weights_write_no_rows_and_read_back()
    {
        var weights = NerWeights.FromDense(9, 6, new float[9], new float[64 * 9]);
        var read = RoundTrip(weights, Header(9, 6));
        Assert.That(read.RowCount, Is.Zero);
        Assert.That(read.RowOf, Has.All.EqualTo(-1));
    }

    [TestCase(9, 12, "header.json says 9 tags over 2^10")]
    [TestCase(8, 10, "header.json says 9 tags over 2^10")]
    public void Weights_made_for_another_header_are_refused(int tags, int bits, string message)
    {
        var weights = NerWeights.FromDense(tags, bits, new float[tags], new float[(1 << bits) * tags]);
        using var stream = new MemoryStream();
        NerWeightsFile.Write(weights, stream);
        stream.Position = 0;
        var ex = Assert.Throws<InvalidDataException>(() => NerWeightsFile.Read(stream, Header(9, 10)));
        Assert.That(ex!.Message, Does.Contain(message).And.Contain("weights.bin").And.Contain("train ner --weights-only"));
    }

    [Test]
    public void Empty_input_is_refused_as_truncated()
    {
        var ex = Assert.Throws<InvalidDataException>(() => NerWeightsFile.Read(new MemoryStream(), Header(9, 10)));
        Assert.That(ex!.Message, Does.Contain("truncated").And.Contain("weights.bin"));
    }
}
