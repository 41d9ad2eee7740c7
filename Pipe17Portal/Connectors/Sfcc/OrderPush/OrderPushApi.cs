using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>The portal's implementation of <see cref="IOrderPushApi"/>, for Blazor Server and the HTTP endpoints alike.</summary>
public sealed class OrderPushApi(OrderSyncSettingsService sync, OrderMappingService mapping, TestOrderService test) : IOrderPushApi
{
    public Task<OrderSyncSettingsView> GetSyncSettingsAsync(Guid id, CancellationToken ct = default) => sync.GetAsync(id, ct);

    public Task<OrderSyncSettingsView> SaveSyncSettingsAsync(Guid id, OrderSyncSettingsUpdate update, CancellationToken ct = default) => sync.SaveAsync(id, update, ct);

    public Task<OrderMappingView> GetMappingAsync(Guid id, CancellationToken ct = default) => mapping.GetAsync(id, ct);

    public Task<OrderMappingView> SaveMappingAsync(Guid id, OrderMappingUpdate update, CancellationToken ct = default) => mapping.SaveAsync(id, update, ct);

    public Task<MappingPreview> PreviewMappingAsync(Guid id, MappingPreviewRequest request, CancellationToken ct = default) => mapping.PreviewAsync(id, request, ct);

    public Task<TestOrderResult> DryRunAsync(Guid id, TestOrderRequest request, CancellationToken ct = default) => test.DryRunAsync(id, request, ct);

    public Task<TestOrderResult> PushTestOrderAsync(Guid id, TestOrderRequest request, CancellationToken ct = default) => test.PushAsync(id, request, ct);
}
