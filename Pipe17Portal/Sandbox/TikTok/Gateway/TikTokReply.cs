namespace Pipe17Portal.Sandbox.TikTok.Gateway;

/// <summary>What an emulated endpoint answers: TikTok's envelope code and message, the data, and the HTTP status.</summary>
public sealed record TikTokReply(int Code, string Message, object? Data, int Status = StatusCodes.Status200OK)
{
    public static TikTokReply Ok(object data) => new(0, "Success", data);

    public static TikTokReply Error(int code, string message, int status = StatusCodes.Status200OK) => new(code, message, null, status);

    /// <summary>A request the gateway accepted but whose parameters are wrong; the message names the parameter.</summary>
    public static TikTokReply InvalidParams(string detail) => Error(36009004, "Invalid params: " + detail, StatusCodes.Status400BadRequest);

    public async Task WriteAsync(HttpContext http, DateTimeOffset now)
    {
        http.Response.StatusCode = Status;
        var envelope = new TikTokEnvelope(Code, Message, TikTokIds.Request(now), Data);
        await http.Response.WriteAsJsonAsync(envelope, TikTokJson.Options, http.RequestAborted);
    }
}

public sealed record TikTokEnvelope(int Code, string Message, string RequestId, object? Data);
