namespace Pipeline.Review;

/// <summary>
/// Keeps spreadsheet cells from running as formulas. Export lets CsvHelper escape them
/// (<see cref="CsvHelper.CsvInjection.Escape"/>: a leading <c>'</c> before = + - @
/// tab or CR); CsvHelper has no reader-side counterpart, so <see cref="Restore"/> undoes it on import.
/// </summary>
public static class FormulaGuard
{
    /// <summary>The first characters a spreadsheet may treat as the start of a formula.</summary>
    public static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];

    public const char Escape = '\'';

    /// <summary>Adds the escape the way the exporter's CsvHelper configuration does (used by tests and tools).</summary>
    public static string Neutralise(string value) =>
        value.Length > 0 && Array.IndexOf(Triggers, value[0]) >= 0 ? Escape + value : value;

    /// <summary>Strips one leading <c>'</c> when what follows starts with a trigger character.</summary>
    public static string Restore(string value) =>
        value.Length > 1 && value[0] == Escape && Array.IndexOf(Triggers, value[1]) >= 0 ? value[1..] : value;
}
