using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Claims.Learning;

/// <summary>
/// The learned claim decisions as one file (models/claims-model.bin): the type model, the target model
/// and the two thresholds. Binary, little-endian, ending in the SHA-256 of everything before it, so a
/// truncated or altered file is refused with its path and the fix instead of giving wrong claims.
/// </summary>
public static class ClaimModelFile
{
    public const string FileName = "claims-model.bin";
    private const string Magic = "PLCLAIM2";

    public static void Save(LearnedClaimModel model, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Encoding.ASCII.GetBytes(Magic));
            w.Write(model.KeepThreshold);
            w.Write(model.TargetThreshold);
            w.Write(model.WidenContent);
            w.Write(model.SpeakerThreshold);
            w.Write(model.TypeThreshold);
            Write(w, model.Type);
            Write(w, model.Target);
            w.Write(model.Speaker is not null);
            if (model.Speaker is not null) Write(w, model.Speaker);
        }
        var payload = buffer.ToArray();
        var temp = path + ".tmp";
        using (var file = File.Create(temp))
        {
            file.Write(payload);
            file.Write(SHA256.HashData(payload));
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Loads and checks the model; a missing, truncated or altered file fails with its path and the fix.</summary>
    public static LearnedClaimModel Load(string path)
    {
        const string fix = "Restore it from the repository (git checkout -- models/) or rebuild it with `train claims --gold DIR --articles DIR`.";
        if (!File.Exists(path)) throw new FileNotFoundException($"The claim model '{path}' is missing. {fix}", path);
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < Magic.Length + 32 || Encoding.ASCII.GetString(bytes, 0, Magic.Length) != Magic)
            throw new InvalidDataException($"The claim model '{path}' is not a claim model file (wrong header). {fix}");
        var payload = bytes.AsSpan(0, bytes.Length - 32);
        if (!SHA256.HashData(payload).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - 32)))
            throw new InvalidDataException($"The claim model '{path}' is damaged (its checksum does not match). {fix}");
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes, Magic.Length, payload.Length - Magic.Length), Encoding.UTF8);
            double keep = r.ReadDouble();
            double target = r.ReadDouble();
            bool widen = r.ReadBoolean();
            double speakerThreshold = r.ReadDouble();
            double typeThreshold = r.ReadDouble();
            var type = Read(r);
            var targetModel = Read(r);
            var speaker = r.ReadBoolean() ? Read(r) : null;
            return new LearnedClaimModel(type, targetModel, keep, target, widen, speaker, speakerThreshold, typeThreshold);
        }
        catch (Exception ex) when (ex is EndOfStreamException or ArgumentException or IOException)
        {
            throw new InvalidDataException($"The claim model '{path}' cannot be read ({ex.Message}). {fix}", ex);
        }
    }

    private static void Write(BinaryWriter w, LinearModel m)
    {
        w.Write(m.Name);
        w.Write(m.Bits);
        w.Write(m.Classes.Length);
        foreach (var c in m.Classes) w.Write(c);
        foreach (var b in m.Biases) w.Write(b);
        w.Write(m.Columns.Length);
        foreach (var c in m.Columns) w.Write(c);
        foreach (var x in m.Weights) w.Write(x);
    }

    private static LinearModel Read(BinaryReader r)
    {
        string name = r.ReadString();
        int bits = r.ReadInt32();
        if (bits is < 8 or > 24) throw new ArgumentException($"feature bits {bits} out of range");
        int k = r.ReadInt32();
        if (k is < 2 or > 64) throw new ArgumentException($"class count {k} out of range");
        var classes = new string[k];
        for (int i = 0; i < k; i++) classes[i] = r.ReadString();
        var biases = new float[k];
        for (int i = 0; i < k; i++) biases[i] = r.ReadSingle();
        int n = r.ReadInt32();
        if (n < 0 || n > 1 << bits) throw new ArgumentException($"weight rows {n} out of range");
        var columns = new int[n];
        for (int i = 0; i < n; i++) columns[i] = r.ReadInt32();
        var weights = new float[n * k];
        for (int i = 0; i < weights.Length; i++) weights[i] = r.ReadSingle();
        return new LinearModel(name, bits, classes, biases, columns, weights);
    }
}
