using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

/// <summary>Orders into Salesforce: sync settings, the mapping (with preview), and Test one order.</summary>
public interface IOrderPushApi
{
    [Get("/api/v1/connections/{id}/sfcc/order-sync")]
    Task<OrderSyncSettingsView> GetSyncSettingsAsync(Guid id, CancellationToken ct = default);

    /// <summary>Checks the Generic Customer Number against SFCC before saving; applies from the next job run; audited.</summary>
    [Put("/api/v1/connections/{id}/sfcc/order-sync")]
    Task<OrderSyncSettingsView> SaveSyncSettingsAsync(Guid id, [Body] OrderSyncSettingsUpdate update, CancellationToken ct = default);

    [Get("/api/v1/connections/{id}/sfcc/mapping")]
    Task<OrderMappingView> GetMappingAsync(Guid id, CancellationToken ct = default);

    [Put("/api/v1/connections/{id}/sfcc/mapping")]
    Task<OrderMappingView> SaveMappingAsync(Guid id, [Body] OrderMappingUpdate update, CancellationToken ct = default);

    [Post("/api/v1/connections/{id}/sfcc/mapping/preview")]
    Task<MappingPreview> PreviewMappingAsync(Guid id, [Body] MappingPreviewRequest request, CancellationToken ct = default);

    /// <summary>Shows the exact document and every check, writing nothing to SFCC.</summary>
    [Post("/api/v1/connections/{id}/sfcc/test-order/dry-run")]
    Task<TestOrderResult> DryRunAsync(Guid id, [Body] TestOrderRequest request, CancellationToken ct = default);

    /// <summary>Pushes the order now (even when Push orders is off), reads it back and checks it.</summary>
    [Post("/api/v1/connections/{id}/sfcc/test-order/push")]
    Task<TestOrderResult> PushTestOrderAsync(Guid id, [Body] TestOrderRequest request, CancellationToken ct = default);
}

/// <summary>Order exceptions across the workspace, and retries.</summary>
public interface IOrderExceptionsApi
{
    [Get("/api/v1/order-exceptions")]
    Task<IReadOnlyList<ExceptionGroup>> GroupsAsync(CancellationToken ct = default);

    /// <summary>Channel orders that could not be imported (open ones); each is tried again on every run of its order pull.</summary>
    [Get("/api/v1/order-exceptions/imports")]
    Task<IReadOnlyList<OrderImportFailureInfo>> ImportFailuresAsync(CancellationToken ct = default);

    [Get("/api/v1/orders/{id}/exceptions")]
    Task<IReadOnlyList<OrderExceptionInfo>> ForOrderAsync(Guid id, CancellationToken ct = default);

    [Get("/api/v1/orders/{id}/pushes")]
    Task<IReadOnlyList<OrderPushInfo>> PushesAsync(Guid id, CancellationToken ct = default);

    [Post("/api/v1/orders/{id}/retry")]
    Task<RetryResult> RetryOrderAsync(Guid id, CancellationToken ct = default);

    /// <summary>Queues every open exception of the cause again; the push job drains them at its usual pace.</summary>
    [Post("/api/v1/order-exceptions/{type}/retry")]
    Task<RetryResult> RetryAllAsync(OrderExceptionType type, CancellationToken ct = default);
}
