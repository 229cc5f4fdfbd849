using Pipeline.Text;

namespace Pipeline.Claims.Learning;

/// <summary>
/// The hashes of each token's forms (stem, form, clitics) for one document, computed on first use, so
/// that the features of many claims and candidate words over the same sentence hash each word once.
/// </summary>
public sealed class TokenHashes
{
    private uint[] _stem = [], _norm = [], _prefix = [], _suffix = [];
    private List<Token> _tokens = [];

    public void Reset(Document d)
    {
        _tokens = d.Tokens;
        int n = d.Tokens.Count;
        if (_stem.Length < n)
        {
            int size = Math.Max(n, _stem.Length * 2);
            _stem = new uint[size];
            _norm = new uint[size];
            _prefix = new uint[size];
            _suffix = new uint[size];
        }
        else
        {
            Array.Clear(_stem, 0, n);
            Array.Clear(_norm, 0, n);
            Array.Clear(_prefix, 0, n);
            Array.Clear(_suffix, 0, n);
        }
    }

    // 0 marks "not yet hashed"; a real hash of 0 is stored as 1
    public uint Stem(int i) => _stem[i] != 0 ? _stem[i] : _stem[i] = NonZero(FeatureHash.Str(TypeFeatures.StemOf(_tokens[i])));

    public uint Norm(int i) => _norm[i] != 0 ? _norm[i] : _norm[i] = NonZero(FeatureHash.Str(_tokens[i].Norm));

    public uint Prefix(int i) => _prefix[i] != 0 ? _prefix[i] : _prefix[i] = NonZero(FeatureHash.Str(_tokens[i].Prefix));

    public uint Suffix(int i) => _suffix[i] != 0 ? _suffix[i] : _suffix[i] = NonZero(FeatureHash.Str(_tokens[i].Suffix));

    private static uint NonZero(uint h) => h == 0 ? 1 : h;
}
