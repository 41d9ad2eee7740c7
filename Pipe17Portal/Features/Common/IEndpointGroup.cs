namespace Pipe17Portal.Features.Common;

/// <summary>
/// A feature's slice of the HTTP API under /api/v1. Groups are discovered, not hand-listed, so a new feature
/// only adds a class (and the tenant-isolation tests pick its endpoints up by themselves).
/// </summary>
public interface IEndpointGroup
{
    /// <summary>The path below /api/v1, e.g. "/connections".</summary>
    static abstract string Prefix { get; }

    /// <summary>The OpenAPI tag the group's operations are listed under.</summary>
    static abstract string Tag { get; }

    static abstract void Map(RouteGroupBuilder group);
}
