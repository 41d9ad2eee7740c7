using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Sync;
using Pipe17Portal.Sync.Work;

namespace Pipe17Portal.Connectors.Sfcc.OrderPush;

/// <summary>What the two order writes to SFCC (create, cancel) share: their switch, their pace and their timeline.</summary>
public abstract class SfccOrderWrites(ConnectionJobs jobs, IOptions<OrderPushOptions> options, TimeProvider clock) : IWorkItemHandler
{
    public const string SystemName = "Salesforce";

    public abstract WorkItemKind Kind { get; }

    public string System => SystemName;

    public int MaxConcurrency => options.Value.Workers;

    public bool IsEnabled(Connection connection) =>
        connection.Kind == ConnectorKind.SalesforceCommerceCloud && SfccConnectionSettings.Read(connection.SettingsJson).PushOrders;

    public Task WakeAsync(Connection connection, CancellationToken ct) => jobs.TriggerAsync(JobFlow, connection.Id, ct);

    public string JobFlow => SfccOrderPushJob.Flow;

    public abstract Task<WorkResult> HandleAsync(WorkAttempt attempt, CancellationToken ct);

    protected OrderPushOptions Options => options.Value;

    protected DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>A timeline entry of the push, with an SFCC request or response body (secrets blanked).</summary>
    protected void Timeline(WorkAttempt attempt, string message, object? payload = null) =>
        OrderTimeline.Add(attempt.Db, attempt.Item.SubjectId, Now, SystemName, message, Payload(payload));

    /// <summary>An SFCC document as the timeline shows it: SFCC's own field names, secrets blanked.</summary>
    public static string? Payload(object? payload) => payload is null ? null : OrderTimeline.Redact(payload, SfccJson.Ocapi);
}
