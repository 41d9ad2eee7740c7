namespace Pipe17Portal.Connectors.TikTokShop.Api.Http;

/// <summary>Raised inside the handler chain (token problems) and turned back into a <see cref="TikTokResult{T}"/> by <see cref="TikTokCall"/>.</summary>
internal sealed class TikTokCallFailedException(TikTokError error) : Exception(error.Message)
{
    public TikTokError Error { get; } = error;
}
