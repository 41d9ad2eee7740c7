using Pipe17Portal.Connectors.TikTokShop.Api;
using Pipe17Portal.Connectors.TikTokShop.Api.Auth;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.TikTokShop.Api;

/// <summary>The client as the portal registers it (AddTikTokShopApi), with the network replaced by a <see cref="ScriptedHttpHandler"/>.</summary>
public sealed class TikTokTestHost : IDisposable
{
    public static readonly Uri SandboxBase = new("http://localhost:5080/");
    public static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
    public static readonly TikTokAppCredentials App = new("6abc123def", "s3cr3t-app-secret", "7321");
    public const string ShopCipher = "GCP_XF90igAAAABh00qsWgtvOiGFNqyubMt3";

    private readonly ServiceProvider services;
    private readonly IServiceScope scope;

    public TikTokTestHost(TikTokEndpoints? endpoints = null, Action<IServiceCollection>? configure = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddSingleton<ITikTokTokenStore>(Tokens);
        collection.AddTikTokShopApi();
        // The address these tests give the portal's sandbox (TikTokEndpoints.Sandbox(SandboxBase)).
        collection.Configure<TikTokApiOptions>(o => o.SandboxBase = () => SandboxBase);
        collection.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => Http));
        configure?.Invoke(collection);
        services = collection.BuildServiceProvider();
        scope = services.CreateScope();
        Shop = new TikTokShopContext(Guid.NewGuid(), endpoints ?? TikTokEndpoints.Production, App, ShopCipher, "My TikTok Shop");
    }

    public ScriptedHttpHandler Http { get; } = new();

    public FakeTokenStore Tokens { get; } = new();

    public ManualClock Clock { get; } = new(Now);

    public TikTokShopContext Shop { get; }

    public TikTokShopClient Client => scope.ServiceProvider.GetRequiredService<TikTokClientFactory>().ForShop(Shop);

    public TikTokAuthClient Auth => scope.ServiceProvider.GetRequiredService<TikTokAuthClient>();

    public TikTokShopClient ClientInNewScope() =>
        services.CreateScope().ServiceProvider.GetRequiredService<TikTokClientFactory>().ForShop(Shop);

    public TikTokTestHost WithToken(string accessToken = "access-1", TimeSpan? validFor = null, TimeSpan? refreshValidFor = null)
    {
        Tokens.Put(Shop.ConnectionId, new TikTokTokens(
            accessToken, Now + (validFor ?? TimeSpan.FromDays(7)), "refresh-1", Now + (refreshValidFor ?? TimeSpan.FromDays(60)), ["seller.order.info"], null, null, null));
        return this;
    }

    public void Dispose()
    {
        scope.Dispose();
        services.Dispose();
    }
}
