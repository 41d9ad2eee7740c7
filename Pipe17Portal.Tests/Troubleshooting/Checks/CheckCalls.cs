using System.Net;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Tests.Infrastructure;

namespace Pipe17Portal.Tests.Troubleshooting.Checks;

/// <summary>Runs one check and applies one fix through the portal's API, as the Troubleshooting page does.</summary>
public static class CheckCalls
{
    public static async Task<CheckResultInfo> RunCheckAsync(this HttpClient client, string key) =>
        await (await client.PostAsync($"/api/v1/checks/{key}/run", null)).ReadAsync<CheckResultInfo>();

    public static async Task<CheckActionResult> ApplyAsync(this HttpClient client, CheckAction action) =>
        await (await client.PostJsonAsync("/api/v1/checks/actions", action)).ReadAsync<CheckActionResult>();

    public static async Task<ProblemBody> ApplyExpectingAsync(this HttpClient client, CheckAction action, HttpStatusCode status) =>
        await (await client.PostJsonAsync("/api/v1/checks/actions", action)).ReadProblemAsync(status);

    /// <summary>The audit entries of a connection, newest first, as "Field: detail".</summary>
    public static Task<List<string>> AuditAsync(this PortalFactory factory, Guid connectionId) =>
        factory.ScopedAsync(s => s.GetRequiredService<PortalDbContext>().AuditEntries.IgnoreQueryFilters()
            .Where(a => a.ConnectionId == connectionId).OrderByDescending(a => a.At).Select(a => a.Field + ": " + a.Detail).ToListAsync());

    public static string Describe(this CheckResultInfo r) => $"{r.Outcome}: {r.Summary}\n{string.Join("\n", r.Evidence)}";
}
