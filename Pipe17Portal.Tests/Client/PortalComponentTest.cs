using Bunit;
using MudBlazor.Services;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Tests.Client;

/// <summary>bUnit context with MudBlazor's services and JS interop in loose mode, as the components expect.</summary>
public abstract class PortalComponentTest : BunitContext, IAsyncLifetime
{
    // MudBlazor registers services that only dispose asynchronously; xUnit 2 awaits this before Dispose().
    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    protected PortalComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(o => o.SnackbarConfiguration.ShowTransitionDuration = 0);
    }

    /// <summary>For components that read RendererInfo (the layout); call after registering services.</summary>
    protected void RenderInteractively() => SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));

    protected static WorkspaceInfo Workspace(WorkspaceRole role) =>
        new(Guid.NewGuid(), "Acme Outdoor", DateTimeOffset.UtcNow, new CurrentMemberInfo("owner@acme.test", role, false), false, true);

    protected static readonly IReadOnlyList<ConnectorInfo> Catalog = Pipe17Portal.Features.Connections.ConnectorCatalog.All;

    protected static ConnectionSummary Connection(ConnectorKind kind, string name, ConnectionStatus status = ConnectionStatus.NotConnected) =>
        new(Guid.NewGuid(), kind, name, status, null, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
}
