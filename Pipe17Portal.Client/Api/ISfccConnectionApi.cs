using Pipe17Portal.Client.Api.Contracts;
using Refit;

namespace Pipe17Portal.Client.Api;

/// <summary>Setting up a Salesforce Commerce Cloud connection: credentials, Connect with per-credential checks, catalog toggles.</summary>
public interface ISfccConnectionApi
{
    [Get("/api/v1/connections/{id}/sfcc")]
    Task<SfccSettingsView> GetAsync(Guid id, CancellationToken ct = default);

    [Put("/api/v1/connections/{id}/sfcc")]
    Task<SfccSettingsView> SaveAsync(Guid id, [Body] SfccSettingsUpdate update, CancellationToken ct = default);

    [Post("/api/v1/connections/{id}/sfcc/use-sandbox")]
    Task<SfccSettingsView> UseSandboxAsync(Guid id, CancellationToken ct = default);

    /// <summary>Runs every check in order; the connection is Connected only when all pass.</summary>
    [Post("/api/v1/connections/{id}/sfcc/connect")]
    Task<SfccSettingsView> ConnectAsync(Guid id, CancellationToken ct = default);
}
