namespace Pipe17Portal.Connectors.Sfcc.Api.Http;

/// <summary>Raised inside the handler chain (guard, token problems) and turned back into a result by <see cref="SfccCall"/>.</summary>
internal sealed class SfccCallFailedException(SfccError error) : Exception(error.Message)
{
    public SfccError Error { get; } = error;
}
