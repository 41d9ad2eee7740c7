using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Pipe17Portal.Tests.Infrastructure;

/// <summary>A logger provider that keeps every formatted log line (with its exception), for tests that assert what the log says.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public sealed record Line(string Category, LogLevel Level, string Message);

    public ConcurrentQueue<Line> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Lines.Enqueue(new Line(category, logLevel, formatter(state, exception) + (exception is null ? "" : " " + exception)));
    }
}
