using System.Runtime.CompilerServices;

namespace Pipeline.Text;

/// <summary>
/// The name of an enum value, as <c>ToString()</c> gives it, without boxing the value: the records and the
/// confidence features ask for a mention kind or cue class per claim, and <c>Enum.ToString</c> boxes each time.
/// For enums of <c>int</c> numbered from 0 (all of the pipeline's); any other value falls back to <c>ToString</c>.
/// </summary>
internal static class EnumNames<T> where T : struct, Enum
{
    private static readonly string?[] Names = Build();

    private static string?[] Build()
    {
        if (Enum.GetUnderlyingType(typeof(T)) != typeof(int)) return [];
        var values = Enum.GetValues<T>();
        var names = new string?[values.Length == 0 ? 0 : values.Max(v => Unsafe.As<T, int>(ref v)) + 1];
        foreach (var v in values)
        {
            var value = v;
            int i = Unsafe.As<T, int>(ref value);
            if (i >= 0) names[i] ??= v.ToString();
        }
        return names;
    }

    public static string Of(T value)
    {
        if (Names.Length > 0)
        {
            int i = Unsafe.As<T, int>(ref value);
            if ((uint)i < (uint)Names.Length && Names[i] is { } name) return name;
        }
        return value.ToString();
    }
}
