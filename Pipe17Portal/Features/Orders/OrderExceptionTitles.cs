using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Features.Orders;

/// <summary>Short titles of the exception causes, as the Exceptions view and filters show them.</summary>
public static class OrderExceptionTitles
{
    public static string Title(OrderExceptionType type) => type switch
    {
        OrderExceptionType.CustomerNotConfigured => "Generic customer not set",
        OrderExceptionType.CustomerNotFound => "Customer missing in Salesforce",
        OrderExceptionType.CustomerStrategyUnsupported => "Customer strategy cannot match TikTok orders",
        OrderExceptionType.UnknownSku => "Unknown SKU",
        OrderExceptionType.UnmappedShippingOption => "Delivery option not mapped",
        OrderExceptionType.ShippingMethodRejected => "Shipping method rejected",
        OrderExceptionType.PaymentMethodRejected => "Payment method rejected",
        OrderExceptionType.MappingScriptError => "Mapping error",
        OrderExceptionType.ProductNotAvailable => "Product not available in Salesforce",
        OrderExceptionType.SfccRejected => "Rejected by Salesforce",
        OrderExceptionType.PushFailed => "Push failed",
        OrderExceptionType.CancellationFailed => "Cancellation not confirmed",
        _ => type.ToString(),
    };
}
