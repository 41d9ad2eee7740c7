using Pipe17Portal.Domain.Products;

namespace Pipe17Portal.Tests.Domain.Products;

public class SkuNearMissTests
{
    [Theory]
    [InlineData("tee-classic-wht-s", "TEE-CLASSIC-WHT-S", "case")]
    [InlineData("HOOD-ZIP-GRY-L ", "HOOD-ZIP-GRY-L", "surrounding spaces")]
    [InlineData("CAP DAD-KHK", "CAP-DAD-KHK", "")] // a space instead of a dash is a different SKU, not a near miss
    [InlineData("MUG-0042", "MUG-42", "leading zeros")]
    [InlineData("00123", "123", "leading zeros")]
    [InlineData("TEE-CLASSIC -BLK-M", "TEE-CLASSIC-BLK-M", "inner spaces")]
    [InlineData(" mug-007 ", "MUG-7", "case, surrounding spaces, leading zeros")]
    public void NearMissesDifferOnlyInCaseSpacesOrLeadingZerosAndSayHow(string a, string b, string difference)
    {
        Assert.Equal(difference.Length > 0, SkuNearMiss.Near(a, b));
        if (difference.Length > 0)
        {
            Assert.Equal(difference, SkuNearMiss.Difference(a, b));
        }
    }

    [Theory]
    [InlineData("MUG-100", "MUG-10")] // zeros inside a number count
    [InlineData("MUG-42", "MUG-42")] // the same SKU is a match, not a near miss
    [InlineData("SKU-1", "SKU-2")]
    public void OtherDifferencesAreNotNearMisses(string a, string b) => Assert.False(SkuNearMiss.Near(a, b));
}
