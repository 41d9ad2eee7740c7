using System.Reflection;
using System.Text.RegularExpressions;
using Pipe17Portal.Client.Api;

namespace Pipe17Portal.Tests.Architecture;

/// <summary>
/// The boundaries between the portal's parts, checked on the compiled assemblies. Each rule has a twin test proving it
/// can fail (its subject has types, and the same check catches a dependency known to exist), so a renamed namespace
/// cannot turn a rule into one that silently checks nothing.
/// </summary>
public class ArchitectureTests
{
    private static readonly Assembly Server = typeof(Program).Assembly;
    private static readonly Assembly Client = typeof(IOrdersApi).Assembly;

    /// <summary>The emulators stand in for TikTok and Salesforce; if they shared code with the connectors, a bug could hide in both.</summary>
    private static readonly DependencyRule SandboxIndependentOfConnectors =
        new([Server, Client], "Pipe17Portal.Sandbox", ["Pipe17Portal.Connectors"], []);

    /// <summary>The connectors must talk to the emulators only over HTTP, exactly as to the real services.</summary>
    private static readonly DependencyRule ConnectorsIndependentOfSandbox =
        new([Server, Client], "Pipe17Portal.Connectors", ["Pipe17Portal.Sandbox"], []);

    /// <summary>The domain is the shared vocabulary; connectors and features build on it, not the other way round.</summary>
    private static readonly DependencyRule DomainIndependent =
        new([Server, Client], "Pipe17Portal.Domain", ["Pipe17Portal.Connectors", "Pipe17Portal.Features"], []);

    /// <summary>A connector's API adapter is its private way of talking to the outside service; features go through the connector.</summary>
    private static readonly DependencyRule FeaturesAvoidConnectorApis =
        new([Server, Client], "Pipe17Portal.Features", ConnectorApiNamespaces(), []);

    /// <summary>The server renders the client's components only through the Blazor host; its logic must not use the client's UI code.</summary>
    private static readonly DependencyRule ServerAvoidsClientUi = new(
        [Server],
        null,
        ["Pipe17Portal.Client.Shared", "Pipe17Portal.Client.Pages", "Pipe17Portal.Client.Layout", "Pipe17Portal.Client.Features"],
        [
            // App.razor is the document the server renders around the client's Router. <Routes> lives in Pipe17Portal.Client
            // (not forbidden) and brings MainLayout and the pages along at run time; <ReconnectModal /> is the one client
            // layout component App names itself, because it must sit outside the router to show while the circuit reconnects.
            new("Pipe17Portal.Components.App", "Pipe17Portal.Client.Layout.ReconnectModal",
                "The Blazor host document places the reconnect UI outside the router."),
            // Prerendering and interactive server rendering need MudBlazor configured exactly as in the browser; the one
            // definition of that configuration is PortalTheme.ConfigureMud, which the client's Program.cs calls too.
            new("Pipe17Portal.Components.UiExtensions", "Pipe17Portal.Client.Layout.PortalTheme",
                "The Blazor host registers MudBlazor with the same settings as the WebAssembly client."),
        ]);

    [Fact]
    public void SandboxEmulatorsDoNotReferenceTheConnectors() =>
        AssertHolds(SandboxIndependentOfConnectors, "The sandbox emulators depend on connector code");

    [Fact]
    public void ConnectorsDoNotReferenceTheSandboxEmulators() =>
        AssertHolds(ConnectorsIndependentOfSandbox, "Connectors depend on sandbox emulator code");

    [Fact]
    public void DomainReferencesNoConnectorAndNoFeature() =>
        AssertHolds(DomainIndependent, "The domain depends on a connector or a feature");

    [Fact]
    public void FeaturesDoNotReferenceAConnectorsApiAdapter() =>
        AssertHolds(FeaturesAvoidConnectorApis, "Features depend on a connector's API adapter");

    [Fact]
    public void ServerCodeDoesNotReferenceTheClientsUi() =>
        AssertHolds(ServerAvoidsClientUi, "Server code depends on the client's UI");

    public static TheoryData<string> Rules => [.. Canaries.Keys];

    /// <summary>
    /// For each rule: it selects types, what it forbids exists, and the very same check (allowances dropped) reports a
    /// type that is known to have the forbidden kind of dependency.
    /// </summary>
    [Theory]
    [MemberData(nameof(Rules))]
    public void EachRuleChecksRealTypesAndCatchesAKnownDependency(string name)
    {
        var (rule, canarySubject, knownOffender) = Canaries[name];
        Assert.NotEmpty(rule.SubjectTypes());
        Assert.NotEmpty(rule.ForbiddenTypes());

        var caught = (rule with { Subject = canarySubject, Allowances = [] }).Check();

        Assert.Contains(knownOffender, caught.Select(v => v.Type));
    }

    /// <summary>The API namespaces are enumerated, so a new connector is covered; each one found must be one the scan resolves.</summary>
    [Fact]
    public void EveryConnectorApiNamespaceIsFoundAndSeenByTheDependencyScan()
    {
        var apis = ConnectorApiNamespaces();
        Assert.Contains("Pipe17Portal.Connectors.Sfcc.Api", apis);
        Assert.Contains("Pipe17Portal.Connectors.TikTokShop.Api", apis);
        foreach (var api in apis)
        {
            // The connector's own code outside its adapter uses the adapter, so the scan must find users of it.
            var connector = api[..api.LastIndexOf('.')];
            var users = new DependencyRule([Server], connector, [api], []).Check().Where(v => !DependencyRule.IsWithin(v.Type, api));
            Assert.True(users.Any(), $"Nothing in {connector} was found depending on {api}: the scan does not see it.");
        }
    }

    /// <summary>An allowance covers its one dependency only: allowing App another layout type must not excuse ReconnectModal.</summary>
    [Fact]
    public void AnAllowanceDoesNotExcuseOtherTypesOfTheSameNamespace()
    {
        var wrongAllowance = ServerAvoidsClientUi with
        {
            Allowances = [new("Pipe17Portal.Components.App", "Pipe17Portal.Client.Layout.MainLayout", "test")],
        };

        Assert.Contains(wrongAllowance.Check(), v => v.Type == "Pipe17Portal.Components.App");
    }

    /// <summary>Rule, a subject known to break it, and one type of that subject the check must report.</summary>
    private static readonly Dictionary<string, (DependencyRule Rule, string CanarySubject, string KnownOffender)> Canaries = new()
    {
        // The connector's wiring uses its own API adapter, which lives in Pipe17Portal.Connectors.
        [nameof(SandboxIndependentOfConnectors)] = (SandboxIndependentOfConnectors, "Pipe17Portal.Connectors.Sfcc", "Pipe17Portal.Connectors.Sfcc.SfccConnectorExtensions"),
        // The sandbox's wiring maps its emulators, which live in Pipe17Portal.Sandbox.
        [nameof(ConnectorsIndependentOfSandbox)] = (ConnectorsIndependentOfSandbox, "Pipe17Portal.Sandbox", "Pipe17Portal.Sandbox.SandboxExtensions"),
        // A connector's endpoints implement IEndpointGroup from Pipe17Portal.Features.Common.
        [nameof(DomainIndependent)] = (DomainIndependent, "Pipe17Portal.Connectors.Sfcc.Connect", "Pipe17Portal.Connectors.Sfcc.Connect.SfccConnectionEndpoints"),
        // The TikTok connector's wiring registers its API adapter.
        [nameof(FeaturesAvoidConnectorApis)] = (FeaturesAvoidConnectorApis, "Pipe17Portal.Connectors.TikTokShop", "Pipe17Portal.Connectors.TikTokShop.TikTokShopConnectorExtensions"),
        // Without its allowance App is reported: Razor components are scanned like any other type.
        [nameof(ServerAvoidsClientUi)] = (ServerAvoidsClientUi, "Pipe17Portal.Components", "Pipe17Portal.Components.App"),
    };

    /// <summary>Every "Pipe17Portal.Connectors.{Connector}.Api" namespace in the server assembly.</summary>
    private static string[] ConnectorApiNamespaces() =>
    [
        .. Server.GetTypes()
            .Select(t => Regex.Match(t.Namespace ?? "", @"^Pipe17Portal\.Connectors\.[^.]+\.Api(?=\.|$)"))
            .Where(m => m.Success)
            .Select(m => m.Value)
            .Distinct()
            .Order(StringComparer.Ordinal),
    ];

    private static void AssertHolds(DependencyRule rule, string what)
    {
        var violations = rule.Check();
        Assert.True(violations.Count == 0, $"{what} ({violations.Count}):{Environment.NewLine}{DependencyRule.Describe(violations)}");
    }
}
