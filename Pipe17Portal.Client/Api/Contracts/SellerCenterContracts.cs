namespace Pipe17Portal.Client.Api.Contracts;

/// <summary>The workspace's sandbox TikTok shop as the Sandbox Seller Center shows it.</summary>
public sealed record SellerCenterShop(bool HasSandboxAccount, string? ShopName, string? Region);

public sealed record SellerCenterPackage(string Id, string Status, string? TrackingNumber, string? Carrier);

public sealed record SellerCenterOrder(
    string Id,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? DeliveryOptionName,
    string? Total,
    string? Currency,
    IReadOnlyList<string> Items,
    IReadOnlyList<SellerCenterPackage> Packages);

public sealed record SellerCenterInventory(string SellerSku, string WarehouseId, int Quantity);

public sealed record SellerCenterSku(string SellerSku, int Quantity);

/// <summary><c>Skus</c> empty means random catalog items; <c>Status</c> null means paid (AWAITING_SHIPMENT).</summary>
public sealed record CreateSandboxOrdersRequest(int Count, string? Status, IReadOnlyList<SellerCenterSku>? Skus, string? DeliveryOptionName);

public sealed record CreatedSandboxOrders(IReadOnlyList<string> OrderIds);

public sealed record CancelSandboxOrderRequest(string Initiator, string? Reason);
