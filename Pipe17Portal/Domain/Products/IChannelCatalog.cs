using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Domain.Products;

/// <summary>A sales channel's own list of SKUs, as a connector reads it (for the SKU match report).</summary>
public interface IChannelCatalog
{
    ConnectorKind Kind { get; }

    /// <summary>Every seller SKU the channel lists, with the product title it belongs to.</summary>
    /// <exception cref="ChannelUnavailableException">The channel did not answer; the message says why.</exception>
    Task<IReadOnlyDictionary<string, string?>> SkusAsync(Connection connection, CancellationToken ct);
}

/// <summary>A channel could not be read; <see cref="Exception.Message"/> is meant for the merchant.</summary>
public sealed class ChannelUnavailableException(string message) : Exception(message);
