using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Tests.Client;

/// <summary>In-memory stand-ins for the data interfaces, recording what the component asked for.</summary>
public sealed class FakeConnectionsApi(params ConnectionSummary[] connections) : IConnectionsApi
{
    public List<ConnectionSummary> Connections { get; } = [.. connections];
    public List<CreateConnectionRequest> Created { get; } = [];
    public ApiProblemException? FailCreateWith { get; set; }

    public Task<IReadOnlyList<ConnectorInfo>> GetCatalogAsync(CancellationToken ct = default) =>
        Task.FromResult(Pipe17Portal.Features.Connections.ConnectorCatalog.All);

    public Task<IReadOnlyList<ConnectionSummary>> ListAsync(CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<ConnectionSummary>>([.. Connections]);

    public Task<ConnectionSummary> GetAsync(Guid id, CancellationToken ct = default) => Task.FromResult(Connections.Single(c => c.Id == id));

    public Task<ConnectionSummary> CreateAsync(CreateConnectionRequest request, CancellationToken ct = default)
    {
        if (FailCreateWith is not null)
        {
            throw FailCreateWith;
        }
        Created.Add(request);
        var connection = new ConnectionSummary(Guid.NewGuid(), request.Kind, request.DisplayName.Trim(), ConnectionStatus.NotConnected, null, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
        Connections.Add(connection);
        return Task.FromResult(connection);
    }

    public Task<ConnectionSummary> UpdateAsync(Guid id, UpdateConnectionRequest request, CancellationToken ct = default) => throw new NotSupportedException();

    public Task DeleteAsync(Guid id, CancellationToken ct = default) => throw new NotSupportedException();
}

public sealed class FakeWorkspaceApi(WorkspaceInfo? workspace, ApiProblemException? failure = null) : IWorkspaceApi
{
    public Task<WorkspaceInfo> GetAsync(CancellationToken ct = default) =>
        failure is null ? Task.FromResult(workspace!) : Task.FromException<WorkspaceInfo>(failure);

    public Task<WorkspaceInfo> RenameAsync(RenameWorkspaceRequest request, CancellationToken ct = default) => throw new NotSupportedException();
}

public sealed class FakeOrdersApi(params OrderSummary[] orders) : IOrdersApi
{
    public List<OrderQuery> Queries { get; } = [];

    /// <summary>When set, the total the server reports, as a lower bound ("10,000+").</summary>
    public int? CappedTotal { get; set; }

    public Task<PagedResult<OrderSummary>> ListAsync(OrderQuery query, CancellationToken ct = default)
    {
        Queries.Add(query);
        return Task.FromResult(new PagedResult<OrderSummary>([.. orders.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)], CappedTotal ?? orders.Length,
            query.Page, query.PageSize, CappedTotal is not null));
    }

    public Task<OrderDetail> GetAsync(Guid id, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<string> GetSourcePayloadAsync(Guid id, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<string> GetEventPayloadAsync(Guid id, Guid eventId, CancellationToken ct = default) => throw new NotSupportedException();
}

public sealed class FakeOrderPushApi : IOrderPushApi
{
    public OrderSyncSettingsView Settings { get; set; } = new(Guid.NewGuid(), false, [OrderStatus.ReadyForFulfillment, OrderStatus.Canceled], [], false,
        CustomerMatchingStrategy.GenericForAll, "", [], []);
    public List<OrderSyncSettingsUpdate> SavedSettings { get; } = [];
    public ApiProblemException? FailSaveWith { get; set; }

    public OrderMappingView Mapping { get; set; } = new(Guid.NewGuid(), [], [], [], [], null, []);
    public List<OrderMappingUpdate> SavedMappings { get; } = [];
    public List<MappingPreviewRequest> Previews { get; } = [];
    public MappingPreview PreviewResult { get; set; } = new("{}", "{}", []);

    public List<(string Mode, Guid ConnectionId, TestOrderRequest Request)> TestRuns { get; } = [];
    public Func<TestOrderMode, TestOrderRequest, TestOrderResult> TestResult { get; set; } =
        (mode, request) => new TestOrderResult(mode, request.OrderId, "576000000000000001", null, "{}", null, [], true);

    public Task<OrderSyncSettingsView> GetSyncSettingsAsync(Guid id, CancellationToken ct = default) => Task.FromResult(Settings);

    public Task<OrderSyncSettingsView> SaveSyncSettingsAsync(Guid id, OrderSyncSettingsUpdate update, CancellationToken ct = default)
    {
        SavedSettings.Add(update);
        if (FailSaveWith is not null)
        {
            throw FailSaveWith;
        }
        Settings = Settings with
        {
            PushOrders = update.PushOrders, StatusesToPush = update.StatusesToPush, SourceConnectionIds = update.SourceConnectionIds,
            MarkSentToFulfillment = update.MarkSentToFulfillment, CustomerStrategy = update.CustomerStrategy, GenericCustomerNo = update.GenericCustomerNo,
        };
        return Task.FromResult(Settings);
    }

    public Task<OrderMappingView> GetMappingAsync(Guid id, CancellationToken ct = default) => Task.FromResult(Mapping);

    public ApiProblemException? FailSaveMappingWith { get; set; }

    public Task<OrderMappingView> SaveMappingAsync(Guid id, OrderMappingUpdate update, CancellationToken ct = default)
    {
        SavedMappings.Add(update);
        return FailSaveMappingWith is null ? Task.FromResult(Mapping) : Task.FromException<OrderMappingView>(FailSaveMappingWith);
    }

    public Task<MappingPreview> PreviewMappingAsync(Guid id, MappingPreviewRequest request, CancellationToken ct = default)
    {
        Previews.Add(request);
        return Task.FromResult(PreviewResult);
    }

    public Task<TestOrderResult> DryRunAsync(Guid id, TestOrderRequest request, CancellationToken ct = default)
    {
        TestRuns.Add(("dry-run", id, request));
        return Task.FromResult(TestResult(TestOrderMode.DryRun, request));
    }

    public Task<TestOrderResult> PushTestOrderAsync(Guid id, TestOrderRequest request, CancellationToken ct = default)
    {
        TestRuns.Add(("push", id, request));
        return Task.FromResult(TestResult(TestOrderMode.Push, request));
    }
}

public sealed class FakeOrderExceptionsApi : IOrderExceptionsApi
{
    public List<ExceptionGroup> Groups { get; } = [];
    public List<OrderExceptionInfo> Exceptions { get; } = [];
    public List<OrderPushInfo> Pushes { get; } = [];
    public List<OrderExceptionType> RetriedAll { get; } = [];
    public List<Guid> RetriedOrders { get; } = [];
    public List<OrderImportFailureInfo> ImportFailures { get; } = [];

    public Task<IReadOnlyList<ExceptionGroup>> GroupsAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<ExceptionGroup>>([.. Groups]);

    public Task<IReadOnlyList<OrderImportFailureInfo>> ImportFailuresAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<OrderImportFailureInfo>>([.. ImportFailures]);

    public Task<IReadOnlyList<OrderExceptionInfo>> ForOrderAsync(Guid id, CancellationToken ct = default) => Task.FromResult<IReadOnlyList<OrderExceptionInfo>>([.. Exceptions]);

    public Task<IReadOnlyList<OrderPushInfo>> PushesAsync(Guid id, CancellationToken ct = default) => Task.FromResult<IReadOnlyList<OrderPushInfo>>([.. Pushes]);

    public Task<RetryResult> RetryOrderAsync(Guid id, CancellationToken ct = default)
    {
        RetriedOrders.Add(id);
        return Task.FromResult(new RetryResult(1, "The order is queued and will be pushed within a minute."));
    }

    public Task<RetryResult> RetryAllAsync(OrderExceptionType type, CancellationToken ct = default)
    {
        RetriedAll.Add(type);
        var queued = Groups.Where(g => g.Type == type).Sum(g => g.Orders);
        return Task.FromResult(new RetryResult(queued, $"{queued} orders queued again."));
    }
}

public sealed class FakeSfccConnectionApi(bool isSandbox) : ISfccConnectionApi
{
    public Task<SfccSettingsView> GetAsync(Guid id, CancellationToken ct = default) => Task.FromResult(new SfccSettingsView(id, "SFCC", ConnectionStatus.Connected, null,
        "", "", "", "", "", false, "", false, "", false, "", false, "23_2", true, false, isSandbox, [], "{}", "{}"));

    public Task<SfccSettingsView> SaveAsync(Guid id, SfccSettingsUpdate update, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<SfccSettingsView> UseSandboxAsync(Guid id, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<SfccSettingsView> ConnectAsync(Guid id, CancellationToken ct = default) => throw new NotSupportedException();
}

public sealed class FakeSellerCenterApi(bool hasShop) : ISellerCenterApi
{
    public List<CreateSandboxOrdersRequest> Created { get; } = [];
    public string NextOrderId { get; set; } = "576111111111111111";

    public Task<SellerCenterShop> GetShopAsync(CancellationToken ct = default) => Task.FromResult(new SellerCenterShop(hasShop, hasShop ? "Sandbox shop" : null, "US"));

    public Task<PagedResult<SellerCenterOrder>> ListOrdersAsync(int page = 1, int pageSize = 25, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<CreatedSandboxOrders> CreateOrdersAsync(CreateSandboxOrdersRequest request, CancellationToken ct = default)
    {
        Created.Add(request);
        return Task.FromResult(new CreatedSandboxOrders([NextOrderId]));
    }

    public Task CancelOrderAsync(string orderId, CancelSandboxOrderRequest request, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<SellerCenterInventory>> GetInventoryAsync(CancellationToken ct = default) => throw new NotSupportedException();
}

public sealed class FakeFlowsApi(params FlowStatusInfo[] flows) : IFlowsApi
{
    public List<FlowStatusInfo> Flows { get; } = [.. flows];
    public List<(Guid ConnectionId, string Flow)> Started { get; } = [];
    public ApiProblemException? FailRunWith { get; set; }

    public Task<IReadOnlyList<FlowStatusInfo>> ListAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<FlowStatusInfo>>([.. Flows]);

    public Task<FlowRunStarted> RunNowAsync(Guid connectionId, string flow, CancellationToken ct = default)
    {
        if (FailRunWith is not null)
        {
            throw FailRunWith;
        }
        Started.Add((connectionId, flow));
        return Task.FromResult(new FlowRunStarted(connectionId, flow, $"{flow} is running now."));
    }
}

/// <summary>Help articles by slug; an unknown slug answers 404 as the server does.</summary>
public sealed class FakeHelpApi : IHelpApi
{
    public List<HelpSection> Sections { get; } = [];
    public Dictionary<string, HelpArticleView> Articles { get; } = [];

    public Task<IReadOnlyList<HelpSection>> IndexAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<HelpSection>>(Sections);

    public Task<HelpArticleView> GetAsync(string slug, CancellationToken ct = default) =>
        Articles.TryGetValue(slug, out var view)
            ? Task.FromResult(view)
            : throw new ApiProblemException(System.Net.HttpStatusCode.NotFound, "Not found", $"There is no help article '{slug}'.");
}

public sealed class FakeNotificationsApi(params NotificationInfo[] notifications) : INotificationsApi
{
    public List<NotificationInfo> Notifications { get; } = [.. notifications];
    public List<Guid> MarkedRead { get; } = [];
    public int CountRequests { get; private set; }
    public AlertSettingsInfo Settings { get; set; } = new([], false, 10, 4, 7, true);
    public List<AlertSettingsInfo> Saved { get; } = [];

    public Task<NotificationPage> ListAsync(int page = 1, int pageSize = 20, CancellationToken ct = default)
    {
        var ordered = Notifications.OrderBy(n => n.IsRead).ThenByDescending(n => n.LastSeenAt).ToList();
        return Task.FromResult(new NotificationPage([.. ordered.Skip((page - 1) * pageSize).Take(pageSize)], ordered.Count, ordered.Count(n => !n.IsRead), page, pageSize));
    }

    public Task<UnreadCountInfo> UnreadCountAsync(CancellationToken ct = default)
    {
        CountRequests++;
        return Task.FromResult(new UnreadCountInfo(Notifications.Count(n => !n.IsRead)));
    }

    public Task MarkReadAsync(Guid id, CancellationToken ct = default)
    {
        MarkedRead.Add(id);
        var index = Notifications.FindIndex(n => n.Id == id);
        Notifications[index] = Notifications[index] with { IsRead = true };
        return Task.CompletedTask;
    }

    public Task<MarkedReadInfo> MarkAllReadAsync(CancellationToken ct = default)
    {
        var unread = Notifications.Count(n => !n.IsRead);
        for (var i = 0; i < Notifications.Count; i++)
        {
            Notifications[i] = Notifications[i] with { IsRead = true };
        }
        return Task.FromResult(new MarkedReadInfo(unread));
    }

    public Task<AlertSettingsInfo> GetSettingsAsync(CancellationToken ct = default) => Task.FromResult(Settings);

    public Task<AlertSettingsInfo> UpdateSettingsAsync(AlertSettingsInfo settings, CancellationToken ct = default)
    {
        Saved.Add(settings);
        Settings = settings;
        return Task.FromResult(settings);
    }
}

public sealed class FakeSupportApi : ISupportApi
{
    public List<SupportRequestForm> Sent { get; } = [];
    public ApiProblemException? FailSendWith { get; set; }
    public string Bundle { get; set; } = "{\n  \"portalVersion\": \"1.0.0\",\n  \"connections\": []\n}";

    public Task<string> GetBundleAsync(CancellationToken ct = default) => Task.FromResult(Bundle);

    public Task<SupportRequestInfo> SendAsync(SupportRequestForm form, CancellationToken ct = default)
    {
        if (FailSendWith is not null)
        {
            throw FailSendWith;
        }
        Sent.Add(form);
        return Task.FromResult(new SupportRequestInfo(Guid.NewGuid(), "SR-20261205-7KQ2XM", form.Subject, form.Urgency, form.ContactEmail ?? "", DateTimeOffset.UtcNow,
            "owner@acme.test", true, "support@pipe17.com"));
    }

    public Task<IReadOnlyList<SupportRequestInfo>> ListAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<SupportRequestInfo>>([]);
}
