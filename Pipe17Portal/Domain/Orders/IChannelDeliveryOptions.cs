using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Domain.Orders;

/// <summary>
/// The delivery options a sales channel offers its buyers, read live from the channel, so each can be mapped to a shipping
/// method of the system of record before the first order with it arrives. Implemented by each channel connector.
/// </summary>
public interface IChannelDeliveryOptions
{
    ConnectorKind Kind { get; }

    /// <summary>Every delivery option of the connection's shop; reads only, writes nothing anywhere.</summary>
    /// <exception cref="Domain.Products.ChannelUnavailableException">The channel did not answer; the message says why.</exception>
    Task<IReadOnlyList<ChannelDeliveryOption>> ListAsync(Connection connection, CancellationToken ct);
}

/// <param name="Id">The id orders carry (TikTok's <c>delivery_option_id</c>).</param>
/// <param name="Name">The name orders carry (TikTok's <c>delivery_option_name</c>).</param>
/// <param name="Type">The channel's kind of option, e.g. STANDARD or SEND_BY_SELLER.</param>
/// <param name="Warehouses">Names of the shop's warehouses that offer it.</param>
public sealed record ChannelDeliveryOption(string Id, string Name, string? Type, IReadOnlyList<string> Warehouses);
