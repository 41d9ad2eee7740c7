using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Connectors.Sfcc.OrderPush;
using Pipe17Portal.Connectors.Sfcc.OrderPush.Mapping;
using Pipe17Portal.Domain.Orders;
using Pipe17Portal.Troubleshooting.Checks;

namespace Pipe17Portal.Connectors.Sfcc.Checks;

/// <summary>
/// Every TikTok delivery option (live from the shop, plus those seen on orders — the mapping page's own list, from
/// <see cref="ShippingOptionChoices"/>) maps to a shipping method, and that method exists in SFCC (read live through
/// <see cref="SfccMethodsReader"/>). Each option goes through the mapping engine's own shipping resolver, on the latest
/// order that carried it, or on an unsaved stand-in order carrying only the option when none did yet. Writes nothing.
/// </summary>
public sealed class ShippingMethodMappingCheck(ShippingOptionChoices choices, SfccMethodsReader methods) : ICheck
{
    public string Key => "orders.shipping-methods";
    public string Title => "Every TikTok delivery option maps to a Salesforce shipping method";
    public CheckArea Area => CheckArea.OrdersToSalesforce;
    public string HelpSlug => "shipping-method-invalid";

    public async Task<CheckFinding> RunAsync(CheckContext context, CancellationToken ct)
    {
        var sfccs = context.Of(ConnectorKind.SalesforceCommerceCloud);
        if (sfccs.Count == 0)
        {
            return CheckFinding.Fail("There is no Salesforce connection whose shipping methods could be checked.", CheckFindings.AddConnection("your Salesforce B2C Commerce instance"));
        }
        return await CheckFindings.EachAsync(sfccs, sfcc => OneAsync(context, sfcc, ct));
    }

    private async Task<CheckFinding> OneAsync(CheckContext context, Sync.Connection sfcc, CancellationToken ct)
    {
        var db = context.Db;
        var settings = SfccConnectionSettings.Read(sfcc.SettingsJson);
        var mappingPage = MappingProblems.FixLink(sfcc.Id, MappingTargets.ShippingMethod).TrimStart('/');
        var live = await methods.ReadAsync(db, sfcc, settings, ct);
        if (!live.IsRead)
        {
            return CheckFinding.Skipped(live.Error!, new CheckFix("Make the Salesforce connection checks pass first.", CheckContext.ConnectionPage(sfcc.Id)));
        }
        var seen = await SfccMethodsReader.SeenOptionsAsync(db, sfcc.Id, ct);
        var (options, note) = await choices.ListAsync(db, seen, ct);
        var evidence = new List<string> { $"Salesforce shipping methods: {(live.Shipping.Count == 0 ? "none" : string.Join(", ", live.Shipping.Select(m => m.Id)))}" };
        if (note is not null)
        {
            evidence.Add(note);
        }
        if (options.Count == 0)
        {
            return note is null
                ? CheckFinding.Pass("TikTok Shop offers no delivery option and no order carried one yet; nothing to map.", evidence)
                : CheckFinding.Warn("The delivery options could not be read and no order carried one yet, so the mapping could not be judged.",
                    new CheckFix("Run the check again once TikTok Shop can be reached.", mappingPage), evidence);
        }

        var known = live.Shipping.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var unmapped = new List<string>();
        var missing = new List<string>();
        var mapped = 0;
        foreach (var option in options)
        {
            var label = option.Name ?? option.Id ?? "(unnamed)";
            var order = await SampleOrderAsync(db, option, ct);
            var input = new SfccMappingInput(order, SourceDocument.Build(order, order.ChannelCode, order.ChannelName),
                OrderMappingFields.Merge(settings.Mapping), settings.GenericCustomerNo, new Dictionary<string, string>(), sfcc.Id);
            var method = SfccOrderMapper.MapShippingMethod(input);
            if (method is null)
            {
                unmapped.Add($"'{label}'{(option.Orders > 0 ? $" ({CheckFindings.Count(option.Orders, "order")})" : "")} is not mapped");
            }
            else if (!known.Contains(method))
            {
                missing.Add($"'{label}' → '{method}', which Salesforce does not have");
            }
            else
            {
                mapped++;
            }
        }
        evidence.AddRange(CheckFinding.Some(unmapped.Concat(missing)));
        if (unmapped.Count + missing.Count == 0)
        {
            var pass = $"All {CheckFindings.Count(options.Count, "delivery option")} map to shipping methods Salesforce has.";
            return note is null ? CheckFinding.Pass(pass, evidence)
                : CheckFinding.Warn(pass + " Only options seen on orders could be judged: TikTok Shop's own list could not be read.", new CheckFix("Run the check again once TikTok Shop can be reached.", mappingPage), evidence);
        }
        var problems = new List<string>();
        if (unmapped.Count > 0)
        {
            problems.Add($"{unmapped.Count} of {CheckFindings.Count(options.Count, "delivery option")} {(unmapped.Count == 1 ? "is" : "are")} not mapped");
        }
        if (missing.Count > 0)
        {
            problems.Add($"{CheckFindings.Count(missing.Count, "option")} {(missing.Count == 1 ? "maps" : "map")} to a shipping method Salesforce does not have");
        }
        return CheckFinding.Fail(string.Join("; ", problems) + ": orders with them are refused.",
            new CheckFix("Map each delivery option to one of the Salesforce shipping method IDs listed in Orders to Salesforce mapping.", mappingPage), evidence);
    }

    /// <summary>The latest order that carried the option, or an unsaved stand-in carrying only the option (never stored).</summary>
    private static async Task<Order> SampleOrderAsync(Data.PortalDbContext db, ShippingOptionChoice option, CancellationToken ct)
    {
        var query = db.Orders.AsNoTracking().Include(o => o.Lines).AsQueryable();
        query = option.Id is not null ? query.Where(o => o.ShippingOptionId == option.Id) : query.Where(o => o.ShippingOptionName == option.Name);
        return await query.OrderByDescending(o => o.CreatedAt).FirstOrDefaultAsync(ct) ?? new Order
        {
            SourceOrderId = "delivery-option-probe",
            SourceStatus = "",
            Currency = "USD",
            SourcePayload = "{}",
            ChannelName = "TikTok Shop",
            ChannelCode = "tiktok",
            ShippingOptionId = option.Id,
            ShippingOptionName = option.Name,
        };
    }
}
