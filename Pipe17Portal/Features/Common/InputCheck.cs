using System.Net.Mail;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Features.Common;

/// <summary>
/// Validates a request field by field and reports every problem at once, each naming its field and the fix:
/// <c>var check = new InputCheck(); var name = check.Name(…); check.ThrowIfInvalid();</c>
/// </summary>
public sealed class InputCheck
{
    private readonly Dictionary<string, string[]> errors = [];

    public string Name(string? value, string field, string label, int maxLength = 100)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            Add(field, $"{label} is required.");
        }
        else if (trimmed.Length > maxLength)
        {
            Add(field, $"{label} can be at most {maxLength} characters; it has {trimmed.Length}.");
        }
        return trimmed;
    }

    public string Email(string? value, string field = "email")
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            Add(field, "Email is required.");
        }
        else if (trimmed.Length > 256 || !MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            Add(field, $"'{trimmed}' is not an email address. Use the form name@company.com.");
        }
        return trimmed;
    }

    public WorkspaceRole Role(WorkspaceRole value, string field = "role")
    {
        if (!Enum.IsDefined(value))
        {
            Add(field, $"Role must be one of {string.Join(", ", Enum.GetNames<WorkspaceRole>())}.");
        }
        return value;
    }

    /// <summary>Records a problem found by a rule of the caller's own.</summary>
    public void Add(string field, string message) =>
        errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    public void ThrowIfInvalid()
    {
        if (errors.Count > 0)
        {
            throw ApiProblemException.Invalid(errors);
        }
    }
}
