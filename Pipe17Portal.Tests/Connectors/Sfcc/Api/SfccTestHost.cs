using System.Text;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Connectors.Sfcc.Api;

/// <summary>The client as the portal registers it (AddSfccApi), with the network replaced by a <see cref="ScriptedHttpHandler"/>.</summary>
public sealed class SfccTestHost : IDisposable
{
    public static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_750_000_000);

    public static readonly SfccCredentials Credentials = new(
        "kv7kzm78", "f_ecom_zzte_053", "RefArch",
        "b2c-client-id", "b2c pass/word", "slas-client-id", "slas-secret",
        "ocapi-client-id", "ocapi-secret", "bm.user@acme.com", "bm-access-key", "23_2");

    public static readonly Uri OcapiUrl = new("https://zzte-053.dx.commercecloud.salesforce.com");

    private readonly ServiceProvider services;

    /// <param name="configure">Changes to the registrations, e.g. shorter timeouts or retry delays.</param>
    public SfccTestHost(SfccContext? context = null, Action<IServiceCollection>? configure = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddSfccApi();
        collection.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => Http));
        configure?.Invoke(collection);
        services = collection.BuildServiceProvider();
        Context = context ?? new SfccContext(Guid.NewGuid(), SfccEndpoints.Production(Credentials.ShortCode, OcapiUrl), Credentials, IsSandbox: false);
    }

    public ScriptedHttpHandler Http { get; } = new();

    public ManualClock Clock { get; } = new(Now);

    public SfccContext Context { get; }

    public SfccClient Client => services.GetRequiredService<SfccClientFactory>().For(Context);

    public SfccClient ClientFor(SfccContext context) => services.GetRequiredService<SfccClientFactory>().For(context);

    /// <summary>An unsigned JWT with the given <c>scope</c> claim, as JSON (array or string).</summary>
    public static string Jwt(string scopeClaimJson, string subject = "b2c-client-id")
    {
        static string Part(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return $"{Part("""{"typ":"JWT","alg":"RS256"}""")}.{Part($$"""{"sub":"{{subject}}","scope":{{scopeClaimJson}},"exp":1750001800}""")}.c2lnbmF0dXJl";
    }

    public void Dispose() => services.Dispose();
}
