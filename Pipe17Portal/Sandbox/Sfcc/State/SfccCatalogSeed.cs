using System.Security.Cryptography;
using System.Text;

namespace Pipe17Portal.Sandbox.Sfcc.State;

/// <summary>
/// The seeded contents of an instance: catalog from <see cref="SandboxCatalog"/>, stock (the warehouse's inventory list and
/// a store's few units), customers, shipping and payment methods.
/// </summary>
public static class SfccCatalogSeed
{
    /// <summary>
    /// Priced at least at the sandbox shop's fees for the delivery options the setup guide maps to them (Standard 5.99,
    /// Express 12.99), since SFCC adjustments can lower a method's price to TikTok's fee but never raise it.
    /// </summary>
    public static readonly IReadOnlyList<(string Id, string Name, decimal Cost)> ShippingMethods =
        [("001", "Ground", 5.99m), ("002", "2-Day Express", 12.99m), ("003", "Overnight", 15.99m)];

    public static readonly IReadOnlyList<(string Id, string Name)> PaymentMethods =
        [("CREDIT_CARD", "Credit Card"), ("GIFT_CERTIFICATE", "Gift Certificate"), ("PayPal", "PayPal")];

    private static readonly (string First, string Last)[] Customers = [("Ava", "Martinez"), ("Noah", "Kim"), ("Mia", "Okafor")];

    public static void Add(SandboxDbContext db, Guid accountId, string storeLocation, DateTimeOffset now)
    {
        foreach (var master in SandboxCatalog.Masters)
        {
            db.SfccProducts.Add(new SfccProduct { AccountId = accountId, Id = master.Id, Type = "master", Name = master.Name, Price = master.Price, CreationDate = now, LastModified = now });
            foreach (var variant in master.Variants)
            {
                db.SfccProducts.Add(new SfccProduct
                {
                    AccountId = accountId, Id = variant.Sku, Type = "variant", MasterId = master.Id, Name = variant.Name,
                    Color = variant.Color, Size = variant.Size, Price = variant.Price, Upc = Upc(variant.Sku), CreationDate = now, LastModified = now,
                });
                db.SfccInventory.Add(new SfccInventoryRecord { AccountId = accountId, ProductId = variant.Sku, Allocation = 20 + RandomNumberGenerator.GetInt32(180), AllocationResetDate = now });
                db.SfccLocationStock.Add(new SfccLocationStock { AccountId = accountId, LocationId = storeLocation, Sku = variant.Sku, OnHand = SfccLocations.StoreSeed(variant.Sku) });
            }
        }
        foreach (var (method, index) in ShippingMethods.Select((m, i) => (m, i)))
        {
            db.SfccMethods.Add(new SfccMethod { AccountId = accountId, Kind = "shipping", Id = method.Id, Name = method.Name, Cost = method.Cost });
        }
        foreach (var method in PaymentMethods)
        {
            db.SfccMethods.Add(new SfccMethod { AccountId = accountId, Kind = "payment", Id = method.Id, Name = method.Name });
        }
        foreach (var (customer, index) in Customers.Select((c, i) => (c, i)))
        {
            db.SfccCustomers.Add(NewCustomer(accountId, $"{1001 + index:D8}", $"{customer.First.ToLowerInvariant()}.{customer.Last.ToLowerInvariant()}@example.com", customer.First, customer.Last, now));
        }
    }

    public static SfccCustomer NewCustomer(Guid accountId, string customerNo, string email, string first, string last, DateTimeOffset now) => new()
    {
        AccountId = accountId,
        CustomerNo = customerNo,
        CustomerId = "ab" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
        Email = email,
        FirstName = first,
        LastName = last,
        CreationDate = now,
    };

    /// <summary>A stable 12-digit UPC-A derived from the SKU, with a valid check digit.</summary>
    public static string Upc(string sku)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sku));
        var digits = (BitConverter.ToUInt64(hash, 0) % 100_000_000_000UL).ToString("D11", System.Globalization.CultureInfo.InvariantCulture);
        var sum = digits.Select((c, i) => (c - '0') * (i % 2 == 0 ? 3 : 1)).Sum();
        return digits + (10 - sum % 10) % 10;
    }
}
