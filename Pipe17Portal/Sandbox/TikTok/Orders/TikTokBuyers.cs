using System.Security.Cryptography;

namespace Pipe17Portal.Sandbox.TikTok.Orders;

/// <summary>Made-up US buyers and how TikTok shows them: desensitized (masked) when TikTok ships, in full when the seller ships.</summary>
public static class TikTokBuyers
{
    private static readonly string[] FirstNames = ["Avery", "Jordan", "Maria", "Daniel", "Priya", "Lucas", "Chloe", "Ethan", "Sofia", "Noah", "Grace", "Mateo"];
    private static readonly string[] LastNames = ["Fletcher", "Nguyen", "Garcia", "Okafor", "Patel", "Schmidt", "Rossi", "Kim", "Johnson", "Moreau", "Larsen", "Silva"];

    private static readonly (string Street, string City, string County, string State, string StateCode, string Zip, string Area)[] Places =
    [
        ("1199 Coleman Ave", "San Jose", "Santa Clara", "California", "CA", "95110", "408"),
        ("742 Evergreen Ter", "Springfield", "Sangamon", "Illinois", "IL", "62704", "217"),
        ("55 Water St", "New York", "New York", "New York", "NY", "10041", "212"),
        ("1600 Pennsylvania Ave", "Austin", "Travis", "Texas", "TX", "78701", "512"),
        ("300 Pine St", "Seattle", "King", "Washington", "WA", "98101", "206"),
        ("8 Beacon St", "Boston", "Suffolk", "Massachusetts", "MA", "02108", "617"),
    ];

    public static TikTokRecipientAddress Recipient(bool masked)
    {
        var first = Pick(FirstNames);
        var last = Pick(LastNames);
        var place = Places[RandomNumberGenerator.GetInt32(Places.Length)];
        var unit = $"Apt {RandomNumberGenerator.GetInt32(1, 40)}";
        var phone = $"(+1){place.Area}-{RandomNumberGenerator.GetInt32(200, 999)}-{RandomNumberGenerator.GetInt32(1000, 9999)}";
        var street = masked ? place.Street[..1] + "*** " + string.Join(' ', place.Street.Split(' ').Skip(1)) : place.Street;
        var zip = masked ? place.Zip[..2] + "***" : place.Zip;
        return new TikTokRecipientAddress
        {
            FirstName = masked ? first[..1] + "***" : first,
            LastName = masked ? last[..1] + "***" + last[^1..] : last,
            Name = masked ? $"{first[..1]}*** {last[..1]}***{last[^1..]}" : $"{first} {last}",
            PhoneNumber = masked ? $"(+1){place.Area}*****{phone[^2..]}" : phone,
            AddressDetail = masked ? unit[..2] + "*****" : unit,
            AddressLine1 = street,
            AddressLine2 = masked ? "" : unit,
            FullAddress = $"{street} {place.City}, {place.StateCode} {zip}",
            PostalCode = zip,
            DistrictInfo =
            [
                new("L0", "Country", "United States", "US"),
                new("L1", "State", place.State, "US-" + place.StateCode),
                new("L2", "County", place.County),
                new("L3", "City", place.City),
            ],
        };
    }

    /// <summary>The anonymized relay address TikTok gives instead of the buyer's own.</summary>
    public static string RelayEmail() => RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 12) + "@scs2.tiktok.com";

    private static string Pick(string[] values) => values[RandomNumberGenerator.GetInt32(values.Length)];
}
