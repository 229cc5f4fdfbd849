using Microsoft.ML.Data;

namespace Pipeline.Training;

/// <summary>ML.NET's sparse feature vector of hashed feature columns, as the NER and claim trainers feed it.</summary>
public static class SparseVector
{
    /// <summary>The columns sorted, a column that fires several times (or two colliding features) counted that often.</summary>
    public static VBuffer<float> Counts(int[] columns, int dim)
    {
        var sorted = columns.Order().ToArray();
        var idx = new List<int>(sorted.Length);
        var val = new List<float>(sorted.Length);
        foreach (int i in sorted)
        {
            if (idx.Count > 0 && idx[^1] == i) val[^1] += 1;
            else
            {
                idx.Add(i);
                val.Add(1);
            }
        }
        return new VBuffer<float>(dim, idx.Count, [.. val], [.. idx]);
    }
}
