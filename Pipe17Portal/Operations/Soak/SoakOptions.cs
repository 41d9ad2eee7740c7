namespace Pipe17Portal.Operations.Soak;

/// <param name="Orders">TikTok orders placed over the run.</param>
/// <param name="FaultRate">Share of emulator API calls that fail (both emulators).</param>
/// <param name="Kills">Times the portal process is SIGKILLed and restarted while orders are placed.</param>
/// <param name="PlaceSeconds">How long orders are placed for (the kills fall in this window).</param>
/// <param name="QuietMinutes">Upper bound on the wait for quiet once faults are off.</param>
/// <param name="FaultTimeoutSeconds">How long an emulated "timeout" fault hangs before its 504.</param>
/// <param name="Seed">Makes the choices (cancel, ship, stock, kill moments) repeatable.</param>
public sealed record SoakOptions(int Orders, double FaultRate, int Kills, int PlaceSeconds, int QuietMinutes, int FaultTimeoutSeconds, int Seed)
{
    public const double CancelShare = 0.10;
    public const double ShipShare = 0.30;

    public string? Problem() =>
        Orders is < 1 or > 100_000 ? "--orders must be 1–100000."
        : FaultRate is < 0 or > 0.9 ? "--fault-rate must be from 0 to 0.9 (at 1.0 nothing ever succeeds)."
        : Kills is < 0 or > 50 ? "--kills must be 0–50."
        : PlaceSeconds is < 5 or > 3_600 ? "--place-seconds must be 5–3600."
        : QuietMinutes is < 1 or > 120 ? "--quiet-minutes must be 1–120."
        : FaultTimeoutSeconds is < 0 or > 60 ? "--fault-timeout-s must be 0–60."
        : null;
}
