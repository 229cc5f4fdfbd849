using NUnit.Framework;
using Pipeline.Claims.Learning;
using Pipeline.Processing;

namespace Pipeline.Tests.Claims.Learning;

public class ClaimModelFileTests
{
    private string _dir = null!;

    [SetUp]
    public void Make() => Directory.CreateDirectory(_dir = Path.Combine(Path.GetTempPath(), "claim-model-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void Remove() => Directory.Delete(_dir, recursive: true);

    private static LearnedClaimModel Small()
    {
        var type = new LinearModel("type", 10, LearnedClaimModel.TypeClasses, new float[7], [3, 9], [.. Enumerable.Range(0, 14).Select(i => i / 10f)]);
        var target = new LinearModel("target", 10, LearnedClaimModel.TargetClasses, [0.5f, -0.5f], [4], [1f, -1f]);
        return new LearnedClaimModel(type, target, 0.45, 0.2, WidenContent: true);
    }

    [Test]
    public void A_saved_model_loads_back_with_the_same_weights_and_thresholds()
    {
        var path = Path.Combine(_dir, ClaimModelFile.FileName);
        ClaimModelFile.Save(Small(), path);
        var back = ClaimModelFile.Load(path);
        Assert.That(back.Type.Weights.ToArray(), Is.EqualTo(Small().Type.Weights.ToArray()));
        Assert.That(back.Target.Columns, Is.EqualTo(new[] { 4 }));
        Assert.That((back.KeepThreshold, back.TargetThreshold, back.WidenContent), Is.EqualTo((0.45, 0.2, true)));
    }

    [Test]
    public void A_missing_model_is_refused_with_its_path_and_the_fix()
    {
        var path = Path.Combine(_dir, ClaimModelFile.FileName);
        var ex = Assert.Throws<FileNotFoundException>(() => ClaimModelFile.Load(path));
        Assert.That(ex!.Message, Does.Contain(path).And.Contain("train claims"));
    }

    [Test]
    public void A_damaged_model_is_refused_with_its_path_and_the_fix()
    {
        var path = Path.Combine(_dir, ClaimModelFile.FileName);
        ClaimModelFile.Save(Small(), path);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x40;
        File.WriteAllBytes(path, bytes);
        var ex = Assert.Throws<InvalidDataException>(() => ClaimModelFile.Load(path));
        Assert.That(ex!.Message, Does.Contain(path).And.Contain("damaged").And.Contain("train claims"));
    }

    [Test]
    public void A_truncated_or_foreign_file_is_refused()
    {
        var path = Path.Combine(_dir, ClaimModelFile.FileName);
        ClaimModelFile.Save(Small(), path);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..40]);
        Assert.Throws<InvalidDataException>(() => ClaimModelFile.Load(path));
        File.WriteAllText(path, "PK not a model");
        Assert.Throws<InvalidDataException>(() => ClaimModelFile.Load(path));
    }

    [Test]
    public void The_pipeline_will_not_start_without_its_claim_model()
    {
        // a copy of models/ without the claim model
        var models = ModelPaths.Locate();
        foreach (var f in Directory.GetFiles(models)) File.Copy(f, Path.Combine(_dir, Path.GetFileName(f)));
        File.Delete(Path.Combine(_dir, ClaimModelFile.FileName));
        var ex = Assert.Throws<FileNotFoundException>(() => Stages.Load(_dir));
        Assert.That(ex!.Message, Does.Contain(ClaimModelFile.FileName));
        Assert.DoesNotThrow(() => Stages.Load(_dir, ClaimScorerKind.Rules));
    }
}
