using System.Net.Mail;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;

namespace Pipe17Portal.Features.Common;

/// <summary>Checks shared by the feature services, each failing with a message that names the field and the fix.</summary>
public static class InputRules
{
    public static string Name(string? value, string field, string label, int maxLength = 100)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw ApiProblemException.Invalid(field, $"{label} is required.");
        }
        if (trimmed.Length > maxLength)
        {
            throw ApiProblemException.Invalid(field, $"{label} can be at most {maxLength} characters; it has {trimmed.Length}.");
        }
        return trimmed;
    }

    public static string Email(string? value, string field = "email")
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw ApiProblemException.Invalid(field, "Email is required.");
        }
        if (trimmed.Length > 256 || !MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed || !trimmed.Contains('.', StringComparison.Ordinal))
        {
            throw ApiProblemException.Invalid(field, $"'{trimmed}' is not an email address. Use the form name@company.com.");
        }
        return trimmed;
    }

    public static WorkspaceRole Role(WorkspaceRole value, string field = "role") =>
        Enum.IsDefined(value)
            ? value
            : throw ApiProblemException.Invalid(field, $"Role must be one of {string.Join(", ", Enum.GetNames<WorkspaceRole>())}.");
}
