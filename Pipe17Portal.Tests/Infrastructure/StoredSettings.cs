using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Data;

namespace Pipe17Portal.Tests.Infrastructure;

/// <summary>What a settings save left behind, for the tests of its concurrency token: the connection row and its audit.</summary>
public static class StoredSettings
{
    /// <summary>The <c>version</c> of a successful settings answer (-1 when the view carries none).</summary>
    public static async Task<int> VersionOfAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Expected success, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.TryGetProperty("version", out var version) ? version.GetInt32() : -1;
    }

    /// <summary>The connection's version and settings as stored, and how many audit entries name it.</summary>
    public static Task<(int Version, string Settings, int Audit)> ReadAsync(PortalFactory factory, Guid connectionId) => factory.ScopedAsync(async s =>
    {
        var db = s.GetRequiredService<PortalDbContext>();
        var connection = await db.Connections.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == connectionId);
        var audit = await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.ConnectionId == connectionId);
        return (connection.Version, connection.SettingsJson, audit);
    });
}
