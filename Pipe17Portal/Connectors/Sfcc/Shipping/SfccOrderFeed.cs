using Microsoft.Extensions.Options;
using Pipe17Portal.Connectors.Sfcc.Api;
using Pipe17Portal.Connectors.Sfcc.Api.Scapi;
using Pipe17Portal.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Sync;

namespace Pipe17Portal.Connectors.Sfcc.Shipping;

/// <summary>
/// Reads SFCC orders modified since a flow's cursor (less the overlap), oldest change first, 200 a page until a short page.
/// SFCC caps offset + limit at 10,000, so a longer backlog is read again from the last change seen. The caller saves each
/// page before the next is read; the cursor moves only after every page is saved, and only if no one moved it meanwhile.
/// </summary>
public sealed class SfccOrderFeed(SyncCursors cursors, IOptions<ShippingPullOptions> options)
{
    public async Task<int> ReadAsync(Connection connection, SfccClient client, string flow, IReadOnlyList<ScapiOrderQuery> queries,
        Func<IReadOnlyList<ScapiOrder>, CancellationToken, Task> onPage, CancellationToken ct)
    {
        var stored = await cursors.ReadAsync(connection.Id, flow, ct);
        var cursor = SyncCursors.ParseTime(stored);
        var from = cursor?.AddSeconds(-options.Value.OverlapSeconds);
        DateTimeOffset? newest = cursor;
        var read = 0;
        foreach (var query in queries)
        {
            var since = from;
            while (true)
            {
                var count = 0;
                var capped = false;
                DateTimeOffset? last = null;
                await foreach (var page in client.Orders.ListAllAsync(query with
                {
                    LastModifiedDateFrom = since?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
                    SortBy = "last_modified_date",
                    SortOrder = "asc",
                    Limit = SfccOrdersClient.MaxLimit,
                }, ct))
                {
                    if (!page.IsSuccess)
                    {
                        throw new SfccCallException(page.Error);
                    }
                    var orders = page.Data.Data;
                    count += orders.Count;
                    capped = count >= 10_000;
                    if (orders.Count > 0)
                    {
                        await onPage(orders, ct);
                        last = orders.Max(o => o.LastModified) ?? last;
                    }
                }
                read += count;
                if (last is { } l && (newest is null || l > newest))
                {
                    newest = l;
                }
                if (!capped || last is null || last == since)
                {
                    break;
                }
                since = last; // the rest of a backlog longer than SFCC pages through
            }
        }
        if (newest is { } committed && committed != cursor)
        {
            // Only over the value this run started from: a cursor rewound meanwhile (an order linked late) stays rewound.
            await cursors.CommitTimeIfUnchangedAsync(connection, flow, committed, stored, ct);
        }
        return read;
    }
}
