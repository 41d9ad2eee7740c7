using Pipe17Portal.Troubleshooting.Ask;
using Pipe17Portal.Troubleshooting.Help;

namespace Pipe17Portal.Tests.Troubleshooting.Ask;

/// <summary>The real help articles with the sentence model loaded and the articles embedded, once for every test that needs them.</summary>
public sealed class AskModelFixture : IAsyncLifetime
{
    public HybridRetriever Retriever { get; } = new(new HelpLibrary());

    public Task InitializeAsync() => Retriever.WarmUpAsync();

    public Task DisposeAsync()
    {
        Retriever.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class AskModelCollection : ICollectionFixture<AskModelFixture>
{
    public const string Name = "Ask model";
}
