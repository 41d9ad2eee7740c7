using System.Net;
using Bunit;
using MudBlazor;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Client.Pages;

namespace Pipe17Portal.Tests.Client.Pages;

public class IntegrationsPageTests : PortalComponentTest
{
    private IRenderedComponent<MudDialogProvider> dialogs = default!;

    private IRenderedComponent<Integrations> RenderAs(WorkspaceRole role, FakeConnectionsApi api)
    {
        Services.AddSingleton<IConnectionsApi>(api);
        Services.AddSingleton<IFlowsApi>(new FakeFlowsApi());
        Render<MudPopoverProvider>();
        dialogs = Render<MudDialogProvider>();
        return Render<Integrations>(p => p.AddCascadingValue(Workspace(role)));
    }

    [Fact]
    public void ListsTheWorkspacesConnectionsWithTheirStatus()
    {
        var cut = RenderAs(WorkspaceRole.User, new FakeConnectionsApi(Connection(ConnectorKind.TikTokShop, "US shop", ConnectionStatus.Connected)));

        Assert.Equal("US shop", cut.Find("[data-testid=connection-name]").TextContent);
        Assert.Equal("Connected", cut.Find("[data-testid=connection-status]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid^=add-]"));
        Assert.Empty(cut.FindAll("button[aria-label^=Remove]"));
    }

    [Fact]
    public async Task ADeveloperAddsAConnectionWithASuggestedUniqueName()
    {
        var api = new FakeConnectionsApi(Connection(ConnectorKind.TikTokShop, "TikTok Shop"));
        var cut = RenderAs(WorkspaceRole.Developer, api);

        await cut.InvokeAsync(() => cut.Find("[data-testid=add-TikTokShop]").Click());
        var input = dialogs.Find("input[data-testid=name-input], [data-testid=name-input] input");
        Assert.Equal("TikTok Shop 2", input.GetAttribute("value"));
        await dialogs.InvokeAsync(() => dialogs.Find("[data-testid=name-save]").Click());

        Assert.Equal(new CreateConnectionRequest(ConnectorKind.TikTokShop, "TikTok Shop 2"), Assert.Single(api.Created));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=connection-name]").Count));
    }

    [Fact]
    public async Task TheServersValidationMessageStaysInTheDialog()
    {
        var api = new FakeConnectionsApi
        {
            FailCreateWith = ApiProblemException.Invalid("displayName", "A connection named 'TikTok Shop' already exists in this workspace."),
        };
        var cut = RenderAs(WorkspaceRole.Administrator, api);

        await cut.InvokeAsync(() => cut.Find("[data-testid=add-TikTokShop]").Click());
        await dialogs.InvokeAsync(() => dialogs.Find("[data-testid=name-save]").Click());

        dialogs.WaitForAssertion(() => Assert.Contains("already exists in this workspace", dialogs.Markup));
        Assert.Empty(api.Created);
    }
}
