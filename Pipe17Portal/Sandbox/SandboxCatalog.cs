namespace Pipe17Portal.Sandbox;

/// <summary>
/// The products every sandbox account sells, on both emulated systems: masters with their variants. Both emulators seed
/// from this list so SKUs match across TikTok Shop and SFCC (apart from the deliberate near-misses each side adds).
/// </summary>
public static class SandboxCatalog
{
    // Declared before Masters: static fields initialize in order.
    private static readonly Dictionary<string, string> Colors = new()
    {
        ["BLK"] = "Black", ["WHT"] = "White", ["NVY"] = "Navy", ["GRY"] = "Grey", ["OLV"] = "Olive", ["BLU"] = "Blue",
        ["KHK"] = "Khaki", ["RED"] = "Red", ["NAT"] = "Natural", ["SLV"] = "Silver", ["YLW"] = "Yellow", ["PLM"] = "Plum",
        ["GRN"] = "Green", ["CML"] = "Camel",
    };

    private static readonly Dictionary<string, string> Sizes = new()
    {
        ["S"] = "S", ["M"] = "M", ["L"] = "L", ["OS"] = "One size",
    };

    public static readonly IReadOnlyList<SandboxCatalogMaster> Masters =
    [
        Master("TEE-CLASSIC", "Classic Cotton Tee", 24.00m, "BLK-M", "BLK-L", "WHT-S", "WHT-M"),
        Master("TEE-VNECK", "V-Neck Tee", 26.00m, "NVY-M", "NVY-L", "GRY-M"),
        Master("HOOD-ZIP", "Zip Hoodie", 58.00m, "GRY-M", "GRY-L", "BLK-L"),
        Master("HOOD-PULL", "Pullover Hoodie", 54.00m, "BLK-M", "OLV-M", "OLV-L"),
        Master("JOG-FLEECE", "Fleece Joggers", 44.00m, "BLK-S", "BLK-M", "GRY-M"),
        Master("SHORT-RUN", "Running Shorts", 32.00m, "BLK-M", "BLU-M"),
        Master("CAP-DAD", "Dad Cap", 22.00m, "NVY-OS", "KHK-OS"),
        Master("BEANIE-RIB", "Ribbed Beanie", 18.00m, "BLK-OS", "RED-OS", "GRY-OS"),
        Master("SOCK-CREW", "Crew Socks 3-Pack", 14.00m, "WHT-M", "WHT-L", "BLK-M"),
        Master("TOTE-CANVAS", "Canvas Tote", 19.00m, "NAT-OS", "BLK-OS"),
        Master("BOTTLE-STEEL", "Steel Bottle 750 ml", 29.00m, "SLV-OS", "BLK-OS"),
        Master("MUG-CERAMIC", "Ceramic Mug 12 oz", 16.00m, "WHT-OS", "BLK-OS"),
        Master("JACKET-RAIN", "Rain Jacket", 89.00m, "YLW-M", "YLW-L", "NVY-M", "NVY-L"),
        Master("LEG-YOGA", "Yoga Leggings", 48.00m, "BLK-S", "BLK-M", "PLM-S"),
        Master("BRA-SPORT", "Sports Bra", 34.00m, "BLK-S", "BLK-M"),
        Master("POLO-PIQUE", "Pique Polo", 38.00m, "WHT-M", "NVY-M", "NVY-L"),
        Master("SHIRT-FLANNEL", "Flannel Shirt", 52.00m, "RED-M", "RED-L", "GRN-M"),
        Master("SCARF-WOOL", "Wool Scarf", 36.00m, "GRY-OS", "CML-OS"),
        Master("GLOVE-KNIT", "Knit Gloves", 20.00m, "BLK-S", "BLK-L"),
        Master("BAG-SLING", "Sling Bag", 42.00m, "BLK-OS", "OLV-OS"),
    ];

    public static IEnumerable<SandboxCatalogVariant> Variants => Masters.SelectMany(m => m.Variants);

    private static SandboxCatalogMaster Master(string id, string name, decimal price, params string[] variantCodes) => new(
        id,
        name,
        $"{name} from the sandbox catalog.",
        price,
        [.. variantCodes.Select(code =>
        {
            var (color, size) = (code.Split('-')[0], code.Split('-')[1]);
            return new SandboxCatalogVariant($"{id}-{code}", id, $"{name} - {Colors[color]} / {Sizes[size]}", Colors[color], Sizes[size], price);
        })]);
}

public sealed record SandboxCatalogMaster(string Id, string Name, string Description, decimal Price, IReadOnlyList<SandboxCatalogVariant> Variants);

public sealed record SandboxCatalogVariant(string Sku, string MasterId, string Name, string Color, string Size, decimal Price);
