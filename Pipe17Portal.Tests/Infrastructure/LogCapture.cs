using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Pipe17Portal.Tests.Infrastructure;

/// <summary>
/// A logger provider that keeps every log line (message, structured values and exception), for tests that read what an operator
/// would see. The structured values are kept too: a sink that stores properties (Seq, JSON logs) keeps them even if the message does not.
/// </summary>
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

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            capture.Lines.Enqueue(new Line(category, logLevel, $"{formatter(state, exception)} {values}{(exception is null ? "" : " " + exception)}"));
        }
    }
}

/// <summary>A <see cref="PortalFactory"/> that logs at Information (as production does) into a <see cref="LogCapture"/>.</summary>
public class LogCapturingPortalFactory : PortalFactory
{
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:LogLevel:Default", "Information");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
