namespace Pipe17Portal.Sandbox.TikTok.Auth;

/// <summary>The scopes an emulated app holds; each open-api route needs one of them (else 105005).</summary>
public static class TikTokScopes
{
    public const string Authorization = "seller.authorization.info";
    public const string Orders = "seller.order.info";
    public const string Fulfillment = "seller.fulfillment.basic";
    public const string Logistics = "seller.logistics";
    public const string ProductRead = "seller.product.basic";
    public const string ProductWrite = "seller.product.write";
    public const string Webhooks = "seller.webhook";

    public static readonly IReadOnlyList<string> All = [Authorization, Orders, Fulfillment, Logistics, ProductRead, ProductWrite, Webhooks];
}
