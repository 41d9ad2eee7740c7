using System.Net;
using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipe17Portal.Client.Api;
using Pipe17Portal.Client.Api.Contracts;
using Pipe17Portal.Data;
using Pipe17Portal.Email;
using Pipe17Portal.Security;

namespace Pipe17Portal.Features.Support;

/// <summary>
/// Support requests: any member may read the diagnostic bundle and send a request (the bundle holds no secret and
/// nothing a member cannot already see). A request is stored first, then emailed with the bundle attached; a failed
/// email leaves it stored with the reason, and the answer says whether it went out.
/// </summary>
public sealed class SupportService(
    PortalDbContext db,
    CurrentMember current,
    DiagnosticBundleBuilder bundles,
    IEmailDelivery email,
    IOptions<SupportOptions> options,
    TimeProvider clock,
    ILogger<SupportService> log) : ISupportApi
{
    public const int MaxSubject = 200;
    public const int MaxDescription = 8000;
    private const string ReferenceAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public async Task<string> GetBundleAsync(CancellationToken ct = default)
    {
        var member = await current.RequireAsync();
        return await bundles.BuildAsync(member, ct);
    }

    public async Task<IReadOnlyList<SupportRequestInfo>> ListAsync(CancellationToken ct = default)
    {
        await current.RequireAsync();
        var rows = await db.SupportRequests.AsNoTracking().OrderByDescending(r => r.CreatedAt).Take(50).ToListAsync(ct);
        return [.. rows.Select(r => r.ToInfo())];
    }

    public async Task<SupportRequestInfo> SendAsync(SupportRequestForm form, CancellationToken ct = default)
    {
        var member = await current.RequireAsync();
        var contact = Validate(form, member);
        var now = clock.GetUtcNow();
        var request = new SupportRequest
        {
            WorkspaceId = member.WorkspaceId,
            Reference = $"SR-{now:yyyyMMdd}-{RandomNumberGenerator.GetString(ReferenceAlphabet, 6)}",
            Subject = form.Subject.Trim(),
            Description = form.Description.Trim(),
            Urgency = form.Urgency,
            ContactEmail = contact,
            CreatedBy = member.Actor,
            CreatedAt = now,
            BundleJson = await bundles.BuildAsync(member, ct),
            SentTo = options.Value.Email,
        };
        db.SupportRequests.Add(request);
        await db.SaveChangesAsync(ct);

        var workspace = await db.Workspaces.AsNoTracking().Where(w => w.Id == member.WorkspaceId).Select(w => w.Name).SingleAsync(ct);
        try
        {
            await email.SendAsync(options.Value.Email, $"[{request.Reference}] {request.Urgency}: {request.Subject}", Body(request, workspace),
                [new EmailAttachment($"{request.Reference}-diagnostic-bundle.json", "application/json", Encoding.UTF8.GetBytes(request.BundleJson))], CancellationToken.None);
            // Without a mail server the message only reaches the log: stored, not sent.
            request.EmailedAt = email.IsConfigured ? clock.GetUtcNow() : null;
            request.EmailError = email.IsConfigured ? null : "Email delivery is not configured on this portal (Email:SmtpHost).";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Support request {Reference} was stored but could not be emailed", request.Reference);
            request.EmailError = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
        }
        await db.SaveChangesAsync(CancellationToken.None);
        return request.ToInfo();
    }

    private static string Validate(SupportRequestForm? form, Member member)
    {
        if (form is null)
        {
            throw ApiProblemException.Invalid("form", "Send the request: subject, description, urgency and (optionally) a contact email.");
        }
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(form.Subject))
        {
            errors["subject"] = ["Give the request a subject: a few words on what is wrong."];
        }
        else if (form.Subject.Trim().Length > MaxSubject)
        {
            errors["subject"] = [$"Keep the subject to {MaxSubject} characters; put the details in the description."];
        }
        if (string.IsNullOrWhiteSpace(form.Description))
        {
            errors["description"] = ["Describe what happened: what you did, what you expected and what you saw (order numbers help)."];
        }
        else if (form.Description.Trim().Length > MaxDescription)
        {
            errors["description"] = [$"Keep the description to {MaxDescription} characters; the diagnostic bundle carries the details."];
        }
        if (!Enum.IsDefined(form.Urgency))
        {
            errors["urgency"] = [$"Choose how urgent it is: {string.Join(", ", Enum.GetNames<SupportUrgency>())}."];
        }
        var contact = string.IsNullOrWhiteSpace(form.ContactEmail) ? (member.ApiKeyId is null ? member.DisplayName : null) : form.ContactEmail.Trim();
        if (contact is null)
        {
            errors["contactEmail"] = ["Give an email address where support can answer (an API key has none of its own)."];
        }
        else if (!MailAddress.TryCreate(contact, out var parsed) || parsed.Address != contact || contact.Length > 256)
        {
            errors["contactEmail"] = [$"'{contact}' is not an email address support can answer; write it as name@example.com."];
        }
        if (errors.Count > 0)
        {
            throw ApiProblemException.Invalid(errors);
        }
        return contact!;
    }

    private static string Body(SupportRequest r, string workspace) =>
        $"<p><b>{WebUtility.HtmlEncode(r.Subject)}</b></p>" +
        $"<p>Reference {r.Reference} · urgency {r.Urgency} · workspace {WebUtility.HtmlEncode(workspace)} ({r.WorkspaceId})<br>" +
        $"From {WebUtility.HtmlEncode(r.CreatedBy)}; answer to {WebUtility.HtmlEncode(r.ContactEmail)}</p>" +
        $"<pre style='white-space: pre-wrap'>{WebUtility.HtmlEncode(r.Description)}</pre>" +
        "<p>The diagnostic bundle is attached (secrets redacted).</p>";
}
