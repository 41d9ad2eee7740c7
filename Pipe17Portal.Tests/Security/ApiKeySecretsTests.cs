using Pipe17Portal.Security;

namespace Pipe17Portal.Tests.Security;

public class ApiKeySecretsTests
{
    [Fact]
    public void KeysAreLongRandomAndPrefixed()
    {
        var keys = Enumerable.Range(0, 100).Select(_ => ApiKeySecrets.NewApiKey()).ToList();

        Assert.All(keys, k => Assert.Matches("^p17_[A-Za-z0-9_-]{43}$", k));
        Assert.Equal(100, keys.Distinct().Count());
    }

    [Fact]
    public void TheHashIsStableAndDiffersPerKey()
    {
        Assert.Equal(ApiKeySecrets.Hash("p17_abc"), ApiKeySecrets.Hash("p17_abc"));
        Assert.NotEqual(ApiKeySecrets.Hash("p17_abc"), ApiKeySecrets.Hash("p17_abd"));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeySecrets.Hash("abc"));
    }

    [Fact]
    public void TheDisplayPrefixShowsOnlyTheStart() =>
        Assert.Equal("p17_AbCdEf", ApiKeySecrets.DisplayPrefix("p17_AbCdEfGhIjKlMnOp"));
}
