using System.ComponentModel.DataAnnotations;

namespace Pipe17Portal.Features.Orders;

/// <summary>Configuration section <c>Orders:Exceptions</c>.</summary>
public sealed class OrderExceptionsOptions
{
    /// <summary>"Retry all" for one cause is refused when asked again within this many seconds.</summary>
    [Range(0, 3600)]
    public int RetryAllCooldownSeconds { get; set; } = 10;
}
