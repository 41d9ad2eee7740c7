namespace Pipe17Portal.Connectors.Sfcc.Api.Http;

/// <summary>Named HttpClients; each has its resilience pipeline per host (see <see cref="SfccResilience"/>).</summary>
public static class SfccHttpClients
{
    /// <summary>SCAPI and OCAPI calls. Whether a failure is retried is decided per request (<see cref="SfccRetry"/>).</summary>
    public const string Api = "Sfcc.Api";

    /// <summary>Token requests (Account Manager, SLAS, OCAPI BM grant): asking again never changes anything.</summary>
    public const string Auth = "Sfcc.Auth";
}
