using System.Reflection;
using System.Text;

namespace Pipe17Portal.Tests.Architecture;

/// <summary>One method of a client Refit interface: the request it sends.</summary>
public sealed record ClientCall(string Interface, string Method, string Verb, string Path)
{
    public override string ToString() => $"{Interface}.{Method} {Verb} {RouteMatcher.Normalise(Path)}";

    /// <summary>Every method of the interface; a method without a Refit verb gets an empty verb, so it cannot match.</summary>
    public static IEnumerable<ClientCall> Of(Type api) => api.GetMethods().Select(m =>
    {
        var verb = m.GetCustomAttribute<Refit.HttpMethodAttribute>();
        return new ClientCall(api.Name, m.Name, verb?.Method.Method ?? "", verb?.Path ?? "(no Refit verb attribute)");
    });
}

/// <summary>One route the server answers; a null verb means any verb (no HttpMethodMetadata).</summary>
public sealed record ServerRoute(string? Verb, string Template)
{
    public override string ToString() => $"{Verb ?? "ANY"} {Template}";
}

/// <summary>
/// Ties a client call to the server route that answers it. Parameter names and constraints say nothing about whether
/// the request arrives, so they are dropped; literal segments compare case-insensitively as ASP.NET Core routing does.
/// </summary>
public static class RouteMatcher
{
    /// <summary>"/API/v1/Orders/{id:guid}/?x=1" becomes "/api/v1/orders/{}".</summary>
    public static string Normalise(string template)
    {
        var path = template.Split('?')[0];
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(NormaliseSegment);
        return "/" + string.Join('/', segments);
    }

    public static bool Matches(ClientCall call, ServerRoute route) =>
        (route.Verb is null || string.Equals(route.Verb, call.Verb, StringComparison.OrdinalIgnoreCase))
        && Normalise(route.Template) == Normalise(call.Path);

    /// <summary>One line per call no route answers, with the nearest routes to show what was probably meant.</summary>
    public static IReadOnlyList<string> Unanswered(IEnumerable<ClientCall> calls, IReadOnlyCollection<ServerRoute> routes) =>
    [
        .. calls.Where(c => !routes.Any(r => Matches(c, r)))
            .Select(c => $"{c} has no endpoint; nearest: {string.Join(", ", Nearest(c, routes))}"),
    ];

    private static IEnumerable<ServerRoute> Nearest(ClientCall call, IEnumerable<ServerRoute> routes)
    {
        var wanted = Normalise(call.Path).Split('/');
        return routes
            .OrderBy(r => Distance(wanted, Normalise(r.Template).Split('/')) + (r.Verb is null || r.Verb == call.Verb ? 0 : 1))
            .ThenBy(r => r.Template, StringComparer.Ordinal)
            .Take(2);
    }

    /// <summary>Parameters ("{...}", nested braces of constraints included) become "{}", the rest lower case.</summary>
    private static string NormaliseSegment(string segment)
    {
        var result = new StringBuilder();
        var depth = 0;
        foreach (var c in segment)
        {
            if (c == '{' && depth++ == 0)
            {
                result.Append("{}");
            }
            else if (c == '}' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                result.Append(char.ToLowerInvariant(c));
            }
        }
        return result.ToString();
    }

    /// <summary>Levenshtein distance counted in path segments.</summary>
    private static int Distance(string[] a, string[] b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
