using System.Globalization;
using System.Numerics;

namespace Pipeline.Evaluation;

/// <summary>
/// Python's float rounding and printing, so that the C# scorer prints score.py's digits exactly.
/// Python's <c>round(x, 3)</c> rounds the exact binary value half-to-even (round(0.0625, 3) is 0.062,
/// where Math.Round would scale first and can go the other way); <c>repr</c> prints the shortest
/// round-trip form with a ".0" on whole numbers. Hand-written: .NET has no such rounding.
/// </summary>
public static class PythonFloat
{
    /// <summary>Python's <c>round(x, 3)</c> for finite x.</summary>
    public static double Round3(double x)
    {
        if (x == 0 || !double.IsFinite(x)) return x;
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        int exponent = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        BigInteger mantissa = exponent == 0 ? fraction : fraction | (1L << 52);
        int shift = (exponent == 0 ? 1 : exponent) - 1075;
        // |x| * 1000 = mantissa * 1000 * 2^shift, exactly.
        BigInteger num = mantissa * 1000, den = BigInteger.One;
        if (shift >= 0) num <<= shift;
        else den <<= -shift;
        var q = BigInteger.DivRem(num, den, out var rem);
        int cmp = (rem * 2).CompareTo(den);
        if (cmp > 0 || (cmp == 0 && !q.IsEven)) q += 1;
        double result = (double)q / 1000.0;
        return x < 0 ? -result : result;
    }

    /// <summary>Python's <c>repr(float)</c> for the values the scorer prints.</summary>
    public static string Repr(double x)
    {
        var s = x.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.') || s.Contains('E') || s.Contains("Infinity") || s == "NaN" ? s : s + ".0";
    }

    /// <summary>Python's <c>format(x, ".3f")</c> for a value already rounded to 3 places.</summary>
    public static string F3(double x) => x.ToString("F3", CultureInfo.InvariantCulture);
}
