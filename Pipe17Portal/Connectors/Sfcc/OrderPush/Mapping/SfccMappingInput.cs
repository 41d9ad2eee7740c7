using System.Text.Json.Nodes;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Domain.Orders;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;

/// <summary>
/// Everything the mapping needs, gathered by the caller beforehand so the mapping itself reads nothing and writes
/// nothing: the same input always gives the same document, in Preview, in a dry run and in the push.
/// </summary>
/// <param name="Order">The portal order with its lines.</param>
/// <param name="SourceDoc">The order as scripts see it, from <see cref="SourceDocument.Build"/>.</param>
/// <param name="Mappings">The effective mappings (<see cref="OrderMappingFields.Merge"/>); a missing field uses its default.</param>
/// <param name="CustomerNo">The SFCC customer the Customer matching strategy chose.</param>
/// <param name="ProductIds">The SFCC product id of each line's SKU (Channel SKU on the Salesforce row, else the master SKU).</param>
/// <param name="ConnectionId">The Salesforce connection, for the links that fix a problem.</param>
/// <param name="Budget">The script time the order may use in all, shared by every mapping of the order that runs scripts
/// (a new budget of the default size when not given).</param>
public sealed record SfccMappingInput(
    Order Order,
    JsonObject SourceDoc,
    IReadOnlyList<FieldMapping> Mappings,
    string CustomerNo,
    IReadOnlyDictionary<string, string> ProductIds,
    Guid ConnectionId,
    MappingScriptBudget? Budget = null);
