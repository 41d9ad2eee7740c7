using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;
using Pipe17Portal.Client.Api;

namespace Pipe17Portal.Tests.Architecture;

/// <summary>
/// "Types in <see cref="Subject"/> must not depend on anything in <see cref="Forbidden"/>", checked on the compiled IL
/// (NetArchTest), so Razor components, lambdas and generic arguments count, and an unused using directive does not.
/// A reference the compiler erases leaves no trace in IL and is not seen: a const value, nameof(...).
/// </summary>
/// <param name="Scope">The assemblies whose types are checked.</param>
/// <param name="Subject">A namespace, sub-namespaces included; null means every type in <paramref name="Scope"/>.</param>
/// <param name="Forbidden">Namespaces (sub-namespaces included) or type full names.</param>
/// <param name="Allowances">Single, named exceptions; each says why.</param>
public sealed record DependencyRule(
    IReadOnlyList<Assembly> Scope,
    string? Subject,
    IReadOnlyList<string> Forbidden,
    IReadOnlyList<Allowance> Allowances)
{
    /// <summary>Every forbidden dependency found, one per (type, forbidden namespace), top-level types only.</summary>
    public IReadOnlyList<Violation> Check()
    {
        var violations = new List<Violation>();
        foreach (var forbidden in Forbidden)
        {
            foreach (var type in FailingTypes(Select(Subject), [forbidden]))
            {
                var allowance = Allowances.FirstOrDefault(a => a.Type == type && IsWithin(a.Dependency, forbidden));
                if (allowance is null)
                {
                    violations.Add(new Violation(type, forbidden));
                    continue;
                }
                // The allowance covers the one named dependency, not its neighbours in the same namespace.
                var neighbours = TypesWithin(forbidden).Where(t => !IsWithin(t, allowance.Dependency)).ToArray();
                if (neighbours.Length > 0 && FailingTypes(SelectType(type), neighbours).Any())
                {
                    violations.Add(new Violation(type, $"{forbidden} (beyond the allowed {allowance.Dependency})"));
                }
            }
        }
        return violations;
    }

    /// <summary>Top-level types the subject selects; an empty list means the rule checks nothing.</summary>
    public IReadOnlyList<string> SubjectTypes() =>
        [.. (Select(Subject)?.GetTypes() ?? AllTypes().GetTypes()).Select(t => TopLevel(t.FullName!)).Distinct()];

    /// <summary>Top-level types of the forbidden namespaces, in the scope and in the client (the UI rule forbids client types).</summary>
    public IReadOnlyList<string> ForbiddenTypes() => [.. Forbidden.SelectMany(TypesWithin).Distinct()];

    public static string Describe(IEnumerable<Violation> violations) =>
        string.Join(Environment.NewLine, violations.OrderBy(v => v.Type, StringComparer.Ordinal).Select(v => $"  {v.Type} -> {v.Dependency}"));

    // Reading an assembly with Cecil is the slow part, and a rule reads its scope many times (once per forbidden name).
    private static readonly ConcurrentDictionary<string, Types> Loaded = new();

    private Types AllTypes() => Loaded.GetOrAdd(string.Join('|', Scope.Select(a => a.FullName)), _ => Types.InAssemblies(Scope));

    // ResideInNamespace matches by string prefix ("Pipe17Portal.Sandbox" would also take "Pipe17Portal.SandboxTools"); this does not.
    private PredicateList? Select(string? subject) => subject is null
        ? null
        : AllTypes().That().ResideInNamespaceMatching($"^{Regex.Escape(subject)}(\\..+)?$");

    private PredicateList SelectType(string fullName)
    {
        var dot = fullName.LastIndexOf('.');
        return AllTypes().That()
            .ResideInNamespaceMatching($"^{Regex.Escape(dot < 0 ? "" : fullName[..dot])}$")
            .And().HaveNameMatching($"^{Regex.Escape(fullName[(dot + 1)..])}$");
    }

    private IEnumerable<string> FailingTypes(PredicateList? selected, string[] dependencies)
    {
        var result = selected is null
            ? AllTypes().ShouldNot().HaveDependencyOnAny(dependencies).GetResult()
            : selected.ShouldNot().HaveDependencyOnAny(dependencies).GetResult();
        return (result.FailingTypeNames ?? []).Select(TopLevel).Distinct();
    }

    private IEnumerable<string> TypesWithin(string name) =>
        Scope.Append(typeof(IOrdersApi).Assembly).Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsNested && IsWithin(t.FullName!, name))
            .Select(t => t.FullName!);

    /// <summary>Namespace-aware containment: "A.B" is within "A" and "A.B", "A.Bc" is not within "A.B".</summary>
    public static bool IsWithin(string name, string container) =>
        name == container || name.StartsWith(container + ".", StringComparison.Ordinal);

    /// <summary>Nested and compiler-generated types (closures, state machines) count as their declaring type.</summary>
    private static string TopLevel(string fullName) => fullName.Split('/', '+')[0];
}

/// <param name="Type">The top-level type allowed the dependency.</param>
/// <param name="Dependency">The one type (or namespace) it may depend on.</param>
/// <param name="Why">Said in the rule so the next reader does not have to guess.</param>
public sealed record Allowance(string Type, string Dependency, string Why);

public sealed record Violation(string Type, string Dependency);
