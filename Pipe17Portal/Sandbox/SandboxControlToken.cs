using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Pipe17Portal.Sandbox;

/// <summary>
/// The control API's shared secret: <c>Sandbox:ControlToken</c> when configured, otherwise one made up when the process
/// starts, so the portal's own consoles (which call the control API over HTTP, possibly through a public address) always
/// hold a token nobody else knows.
/// </summary>
public sealed class SandboxControlToken(IOptions<SandboxOptions> options)
{
    public const string HeaderName = "X-Sandbox-Control-Token";

    public string Value { get; } = options.Value.ControlToken is { Length: > 0 } configured
        ? configured
        : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public bool Matches(string? given) => given is { Length: > 0 }
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(Value));
}
