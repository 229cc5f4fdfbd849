using Microsoft.Extensions.Logging;

namespace Pipeline.Tests.Batch;

/// <summary>Keeps every log entry (event id and formatted message) so tests can check what was logged.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    public List<(EventId Id, LogLevel Level, string Message)> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Add((eventId, logLevel, formatter(state, exception)));
}
