using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Sandbox;

/// <summary>The sandbox with small limits, so a test can reach each one.</summary>
public sealed class SmallSandboxFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Sandbox:Limits:MaxOrdersPerBatch", "5");
        builder.UseSetting("Sandbox:Limits:MaxCatalogProducts", "50");
    }
}

public sealed class FewAccountsSandboxFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Sandbox:Limits:AccountsPerHour", "3");
    }
}

public class SandboxSizeLimitsTests(SmallSandboxFactory factory) : IClassFixture<SmallSandboxFactory>
{
    [Fact]
    public async Task AnOrderBatchOverTheLimitIsRefusedNamingIt()
    {
        var (http, account) = await AccountAsync();

        var tooMany = await http.PostAsJsonAsync($"/sandbox/_control/accounts/{account}/tiktok/orders", new { count = 6 });
        var enough = await http.PostAsJsonAsync($"/sandbox/_control/accounts/{account}/tiktok/orders", new { count = 5 });

        var problem = await tooMany.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("from 1 to 5", problem);
        Assert.Contains("Sandbox:Limits:MaxOrdersPerBatch", problem);
        Assert.Equal(HttpStatusCode.Created, enough.StatusCode);
    }

    [Fact]
    public async Task AGeneratedCatalogOverTheLimitIsRefusedInBothSystems()
    {
        var (http, account) = await AccountAsync();

        var sfcc = await http.PostAsJsonAsync($"/sandbox/_control/accounts/{account}/sfcc/catalog/generate", new { masters = 10, variants_per_master = 5 });
        var sfccOk = await http.PostAsJsonAsync($"/sandbox/_control/accounts/{account}/sfcc/catalog/generate", new { masters = 10, variants_per_master = 3 });
        var tiktok = await http.PostAsJsonAsync($"/sandbox/_control/accounts/{account}/tiktok/products/generate", new { masters = 51, variants_per_master = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, sfcc.StatusCode);
        Assert.Contains("50 products (Sandbox:Limits:MaxCatalogProducts)", await sfcc.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, sfccOk.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tiktok.StatusCode);
        Assert.Contains("Sandbox:Limits:MaxCatalogProducts", await tiktok.Content.ReadAsStringAsync());
    }

    private async Task<(HttpClient Http, string Account)> AccountAsync()
    {
        var http = factory.CreateClient();
        var created = await http.PostAsync("/sandbox/_control/accounts", null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (http, JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!);
    }
}

public class SandboxAccountLimitTests(FewAccountsSandboxFactory factory) : IClassFixture<FewAccountsSandboxFactory>
{
    [Fact]
    public async Task AccountsPastTheHourlyLimitAreRefused()
    {
        var http = factory.CreateClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await http.PostAsync("/sandbox/_control/accounts", null)).StatusCode);
        }
        var refused = await http.PostAsync("/sandbox/_control/accounts", null);

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], answers);
        Assert.Contains("Sandbox:Limits:AccountsPerHour", await refused.Content.ReadAsStringAsync());
        Assert.True(refused.Headers.RetryAfter?.Delta is { } wait && wait > TimeSpan.Zero && wait <= TimeSpan.FromHours(1), $"Retry-After: {refused.Headers.RetryAfter}");
    }
}
