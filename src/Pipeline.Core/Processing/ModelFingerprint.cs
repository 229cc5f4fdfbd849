using System.Security.Cryptography;

namespace Pipeline.Processing;

/// <summary>
/// The <c>model</c> field of every claim: the pipeline version and a sha256 over the files in models/
/// that shape claims, so a record says exactly which lexicons and models made it.
/// </summary>
public static class ModelFingerprint
{
    public const string Version = "claims 0.2.0";

    /// <summary>
    /// The version and a hash of the models in use; the NER files count only when the entity model
    /// runs (it is 23 MB, and hashing it at every start would cost more than it tells).
    /// </summary>
    public static string Describe(string modelsDir, bool entityModel = false)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(modelsDir)
                     .Where(f => f.EndsWith(".tsv", StringComparison.Ordinal) || f.EndsWith(".zip", StringComparison.Ordinal) || f.EndsWith(".bin", StringComparison.Ordinal))
                     .Where(f => entityModel || !Path.GetFileName(f).StartsWith("ner", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file)));
            sha.AppendData(File.ReadAllBytes(file));
        }
        return $"{Version} (models/ sha256:{Convert.ToHexStringLower(sha.GetHashAndReset())[..12]})";
    }
}
