using System.Runtime.InteropServices;

namespace Pipeline.Ner;

/// <summary>
/// The <c>weights.bin</c> entry of ner.zip: <see cref="NerWeights"/> in a compact little-endian layout that loads
/// in a fraction of the time the ML.NET model beside it (mlnet.zip, kept for re-saving and for older readers) takes.
/// Layout: magic "NERW", format version, tag count, hash bits (int32 each); one float bias per tag; the number
/// of rows (int32); per row, in ascending feature order, the feature index as the gap to the previous row's index
/// (7-bit encoded, as <see cref="BinaryWriter.Write7BitEncodedInt(int)"/>; the first row's gap is counted from -1);
/// then the rows' weights, one float per tag, row after row. Features whose weights are all zero have no row.
/// The weights come as one block so that loading is a single copy.
/// </summary>
public static class NerWeightsFile
{
    public const string EntryName = "weights.bin";

    /// <summary>"NERW" read as a little-endian int32.</summary>
    private const int Magic = 0x5752454E;

    /// <summary>Bumped whenever the layout changes; a reader refuses any other.</summary>
    public const int FormatVersion = 1;

    private const string Fix = "rewrite it from mlnet.zip with `train ner --weights-only`";

    public static void Write(NerWeights weights, Stream stream)
    {
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(weights.Tags);
        w.Write(weights.HashBits);
        foreach (float b in weights.Bias) w.Write(b);
        w.Write(weights.RowCount);
        int previous = -1;
        for (int f = 0; f < weights.RowOf.Length; f++)
        {
            if (weights.RowOf[f] < 0) continue;
            w.Write7BitEncodedInt(f - previous);
            previous = f;
        }
        foreach (float v in weights.Rows) w.Write(v);
    }

    /// <summary>
    /// Reads weights written by <see cref="Write"/>, checking them against the header of the same zip; a wrong
    /// magic, version, tag count or hash bits, a truncated entry or trailing bytes throw <see cref="InvalidDataException"/>
    /// naming the entry, which <see cref="NerModelFile.Load(string, string)"/> reports with the path and the fix.
    /// </summary>
    public static NerWeights Read(Stream stream, NerModelHeader header, string entry = EntryName)
    {
        using var r = new BinaryReader(new BufferedStream(stream, 1 << 16));
        int rows = 0;
        try
        {
            if (r.ReadInt32() != Magic)
                throw new InvalidDataException($"'{entry}' is not a NER weights file; {Fix}");
            int version = r.ReadInt32(), tags = r.ReadInt32(), bits = r.ReadInt32();
            if (version != FormatVersion)
                throw new InvalidDataException($"'{entry}' is in format {version}, this program reads {FormatVersion}; {Fix}");
            if (tags != header.Tags.Count || bits != header.HashBits)
                throw new InvalidDataException($"'{entry}' holds {tags} tags over 2^{bits} features but header.json says {header.Tags.Count} tags over 2^{header.HashBits}; {Fix}");
            var bias = new float[tags];
            for (int t = 0; t < tags; t++) bias[t] = r.ReadSingle();
            rows = r.ReadInt32();
            if (rows < 0 || rows > 1 << bits)
                throw new InvalidDataException($"'{entry}' claims {rows} rows of 2^{bits} features (damaged); {Fix}");
            var rowOf = new int[1 << bits];
            Array.Fill(rowOf, -1);
            for (int k = 0, f = -1; k < rows; k++)
            {
                int gap = r.Read7BitEncodedInt();
                if (gap <= 0 || gap > rowOf.Length - 1 - f)
                    throw new InvalidDataException($"'{entry}' has a row gap of {gap} after feature {f} (damaged); {Fix}");
                rowOf[f += gap] = k;
            }
            var values = new float[rows * tags];
            if (BitConverter.IsLittleEndian) r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
            else for (int k = 0; k < values.Length; k++) values[k] = r.ReadSingle();
            if (r.BaseStream.ReadByte() >= 0)
                throw new InvalidDataException($"'{entry}' has bytes after its {rows} rows (damaged); {Fix}");
            return new NerWeights(tags, bits, bias, rowOf, values);
        }
        catch (Exception ex) when (ex is EndOfStreamException or FormatException)
        {
            throw new InvalidDataException($"'{entry}' is truncated or damaged ({ex.Message}); {Fix}", ex);
        }
    }
}
