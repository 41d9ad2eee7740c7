using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Features.Products;

namespace Pipe17Portal.Troubleshooting.Checks;

/// <summary>
/// One-click fix <c>products.adopt-sku</c> for a near-miss SKU: ConnectionId = the Salesforce connection, Argument =
/// <c>{productId}|{TikTok SKU}</c>. Goes through the Products page's own adoption (<see cref="SkuMatching.AdoptAsync"/>):
/// the product's SKU becomes TikTok's and its Salesforce SKU is kept as the Channel SKU of the Salesforce row, audited.
/// </summary>
public sealed class AdoptSkuAction(SkuMatching matching) : ICheckActionHandler
{
    public const string ActionKind = "products.adopt-sku";

    public string Kind => ActionKind;

    public static string Argument(Guid productId, string tiktokSku) => $"{productId}|{tiktokSku}";

    public async Task<string> ApplyAsync(CheckAction action, CancellationToken ct)
    {
        if (action.ConnectionId is not { } sfccId)
        {
            throw ApiProblemException.Invalid("connectionId", "Name the Salesforce connection whose Channel SKU keeps the Salesforce SKU (connectionId).");
        }
        var argument = action.Argument ?? "";
        var split = argument.IndexOf('|');
        if (split < 0 || !Guid.TryParse(argument[..split], out var productId) || split == argument.Length - 1)
        {
            throw ApiProblemException.Invalid("argument", $"'{argument}' is not '{{product id}}|{{TikTok SKU}}', the form the check's result offers.");
        }
        var tiktokSku = argument[(split + 1)..];
        var product = await matching.AdoptAsync(productId, new AdoptTikTokSkuRequest(tiktokSku, sfccId), ct);
        return $"Product {product.Name} now has the SKU '{tiktokSku}'; Salesforce keeps receiving its own SKU through the Channel SKU.";
    }
}
