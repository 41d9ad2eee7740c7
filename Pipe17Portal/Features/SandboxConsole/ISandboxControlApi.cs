using System.Text.Json.Serialization;
using Refit;

namespace Pipe17Portal.Features.SandboxConsole;

/// <summary>
/// The portal's own client of the sandbox control API. The portal reaches its emulators only over HTTP, exactly as it
/// reaches the real systems, so this is a client like any other (snake_case JSON).
/// </summary>
public interface ISandboxControlApi
{
    [Post("/sandbox/_control/accounts")]
    Task<SandboxAccountDto> CreateAccountAsync(CancellationToken ct);

    [Get("/sandbox/_control/accounts/{id}")]
    Task<SandboxAccountDto> GetAccountAsync(Guid id, CancellationToken ct);

    [Put("/sandbox/_control/accounts/{id}/tiktok/redirect-url")]
    Task SetTikTokRedirectUrlAsync(Guid id, [Body] RedirectUrlBody body, CancellationToken ct);

    [Post("/sandbox/_control/accounts/{id}/tiktok/orders")]
    Task<CreatedOrdersDto> CreateTikTokOrdersAsync(Guid id, [Body] CreateOrdersBody body, CancellationToken ct);

    [Post("/sandbox/_control/accounts/{id}/tiktok/orders/{orderId}/cancel")]
    Task CancelTikTokOrderAsync(Guid id, string orderId, [Body] CancelOrderBody body, CancellationToken ct);

    [Get("/sandbox/_control/accounts/{id}/tiktok/orders")]
    Task<ControlOrderPage> ListTikTokOrdersAsync(Guid id, [AliasAs("page")] int page, [AliasAs("page_size")] int pageSize, CancellationToken ct);

    [Get("/sandbox/_control/accounts/{id}/tiktok/inventory")]
    Task<IReadOnlyList<ControlInventory>> GetTikTokInventoryAsync(Guid id, CancellationToken ct);
}

public sealed record ControlOrderPage(int TotalCount, int Page, int PageSize, IReadOnlyList<ControlOrder> Orders);

public sealed record ControlOrder(string Id, string Status, long CreateTime, long UpdateTime, string? DeliveryOptionName, string? TotalAmount, string? Currency,
    IReadOnlyList<ControlOrderSku> Skus, IReadOnlyList<ControlPackage> Packages);

public sealed record ControlOrderSku(string SellerSku, int Quantity);

public sealed record ControlPackage(string Id, string Status, string? TrackingNumber, string? ShippingProviderName);

public sealed record ControlInventory(string SellerSku, string WarehouseId, int Quantity);

public sealed record SandboxAccountDto(Guid Id, SandboxTikTokDto Tiktok);

public sealed record SandboxTikTokDto(string AppKey, string AppSecret, string ServiceId, string ShopId, string ShopName, string Region);

public sealed record RedirectUrlBody(string RedirectUrl);

public sealed record CreateOrdersBody(int Count, string? Status, IReadOnlyList<SkuQuantity>? Skus, string? DeliveryOptionName);

public sealed record SkuQuantity(string SellerSku, int Quantity);

public sealed record CreatedOrdersDto(IReadOnlyList<string> OrderIds);

public sealed record CancelOrderBody(string Initiator, string? Reason);
