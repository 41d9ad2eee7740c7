namespace Pipe17Portal.Client.Api.Contracts;

/// <summary>Plain titles of the order exception causes, for filters and chips (the server sends its own for groups).</summary>
public static class ExceptionTitles
{
    public static string Title(OrderExceptionType type) => type switch
    {
        OrderExceptionType.CustomerNotConfigured => "Generic customer not set",
        OrderExceptionType.CustomerNotFound => "Customer not found in Salesforce",
        OrderExceptionType.CustomerStrategyUnsupported => "Customer matching cannot work for the order",
        OrderExceptionType.UnknownSku => "Unknown SKU",
        OrderExceptionType.UnmappedShippingOption => "Shipping option not mapped",
        OrderExceptionType.ShippingMethodRejected => "Shipping method refused by Salesforce",
        OrderExceptionType.ShippingFeeAboveMethodPrice => "Shipping fee above the Salesforce method's price",
        OrderExceptionType.PaymentMethodRejected => "Payment method refused by Salesforce",
        OrderExceptionType.MappingScriptError => "Mapping script failed",
        OrderExceptionType.ProductNotAvailable => "Product not available in Salesforce",
        OrderExceptionType.SfccRejected => "Refused by Salesforce",
        OrderExceptionType.PushFailed => "Salesforce could not be reached",
        OrderExceptionType.CancellationFailed => "Cancellation not confirmed by Salesforce",
        OrderExceptionType.ProductRemoved => "Product removed from Salesforce",
        OrderExceptionType.CarrierNotMapped => "Carrier not mapped to a TikTok shipping provider",
        OrderExceptionType.PackageFrozen => "Package frozen on TikTok Shop",
        OrderExceptionType.ChannelOrderCanceled => "Order already cancelled on TikTok Shop",
        OrderExceptionType.TrackingRejected => "Tracking number rejected by TikTok Shop",
        OrderExceptionType.ChannelRejectedFulfillment => "Fulfillment refused by TikTok Shop",
        _ => type.ToString(),
    };
}
