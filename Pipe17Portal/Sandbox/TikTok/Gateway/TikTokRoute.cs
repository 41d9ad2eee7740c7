namespace Pipe17Portal.Sandbox.TikTok.Gateway;

public delegate Task<TikTokReply> TikTokHandler(TikTokCall call);

/// <summary>One emulated open-api operation: its real path template (e.g. /order/202309/orders/search), scope and handler.</summary>
public sealed record TikTokRoute(string Method, string Template, string Scope, TikTokHandler Handler, bool ShopScoped = true)
{
    private readonly string[] segments = Template.Trim('/').Split('/');

    public bool TryMatch(string[] path, out Dictionary<string, string> values)
    {
        values = [];
        if (path.Length != segments.Length)
        {
            return false;
        }
        for (var i = 0; i < path.Length; i++)
        {
            if (segments[i].StartsWith('{'))
            {
                if (path[i].Length == 0)
                {
                    return false;
                }
                values[segments[i].Trim('{', '}')] = path[i];
            }
            else if (!string.Equals(segments[i], path[i], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}
