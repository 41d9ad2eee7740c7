using System.Text.Encodings.Web;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Pipe17Portal.Sandbox.Accounts;

namespace Pipe17Portal.Sandbox.TikTok.Auth;

/// <summary>
/// The seller's consent page (`/services/open/authorize?service_id=&amp;state=`): Authorize redirects to the app's redirect URL
/// with app_key, code, locale, shop_region and state; Cancel redirects with error=access_denied, error_description and state.
/// </summary>
public static class TikTokConsentPage
{
    public static void Map(RouteGroupBuilder tiktok)
    {
        tiktok.MapGet("/services/open/authorize", async (string? service_id, string? state, SandboxDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var account = await FindAsync(db, service_id, ct);
            if (account is null)
            {
                return UnknownService(service_id);
            }
            var shop = await TikTokSeeder.EnsureAsync(db, account, clock.GetUtcNow(), ct);
            return Html(StatusCodes.Status200OK, "Authorize app", Consent(account, shop, state ?? ""));
        });

        tiktok.MapPost("/services/open/authorize", async (HttpRequest request, SandboxDbContext db, TimeProvider clock, Microsoft.Extensions.Options.IOptions<TikTokOptions> options, CancellationToken ct) =>
        {
            var form = await request.ReadFormAsync(ct);
            var account = await FindAsync(db, form["service_id"], ct);
            if (account is null)
            {
                return UnknownService(form["service_id"]);
            }
            var now = clock.GetUtcNow();
            var shop = await TikTokSeeder.EnsureAsync(db, account, now, ct);
            if (shop.RedirectUrl is null)
            {
                return Html(StatusCodes.Status409Conflict, "No redirect URL", NoRedirect(account));
            }
            var state = form["state"].ToString();
            if (form["decision"] != "authorize")
            {
                return Results.Redirect(QueryHelpers.AddQueryString(shop.RedirectUrl, new Dictionary<string, string?>
                {
                    ["error"] = "access_denied",
                    ["error_description"] = "The seller cancelled the authorization.",
                    ["state"] = state,
                }));
            }
            var code = new TikTokAuthCode { Code = TikTokIds.Token(48), AccountId = account.Id, ExpiresAt = now + options.Value.AuthCodeLifetime };
            db.TikTokAuthCodes.Add(code);
            await db.SaveChangesAsync(ct);
            return Results.Redirect(QueryHelpers.AddQueryString(shop.RedirectUrl, new Dictionary<string, string?>
            {
                ["app_key"] = account.TikTokAppKey,
                ["code"] = code.Code,
                ["locale"] = "en",
                ["shop_region"] = account.TikTokRegion,
                ["state"] = state,
            }));
        });
    }

    private static async Task<SandboxAccount?> FindAsync(SandboxDbContext db, string? serviceId, CancellationToken ct) =>
        string.IsNullOrEmpty(serviceId) ? null : await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.TikTokServiceId == serviceId, ct);

    private static IResult UnknownService(string? serviceId) => Html(StatusCodes.Status404NotFound, "Unknown app",
        $"<h1>This app cannot be authorized</h1><p>No app has the service id <code>{E(serviceId ?? "(none)")}</code>. " +
        "Use the <code>service_id</code> of a sandbox account (POST /sandbox/_control/accounts returns it).</p>");

    private static string NoRedirect(SandboxAccount account) =>
        $"<h1>The app has no redirect URL</h1><p>Set one with <code>PUT /sandbox/_control/accounts/{account.Id}/tiktok/redirect-url</code> " +
        "and body <code>{\"redirect_url\":\"https://…\"}</code>, then start the authorization again.</p>";

    private static string Consent(SandboxAccount account, TikTokShopSettings shop, string state)
    {
        var scopes = string.Concat(shop.Scopes().Select(s => $"<li><code>{E(s)}</code></li>"));
        var warning = shop.RedirectUrl is null
            ? "<p class=\"warning\">This app has no redirect URL yet: set it with <code>PUT /sandbox/_control/accounts/" + account.Id + "/tiktok/redirect-url</code>.</p>"
            : $"<p>After you decide you will return to <code>{E(shop.RedirectUrl)}</code>.</p>";
        return $"""
            <h1>Authorize app access</h1>
            <p>An app wants access to your shop <strong data-testid="shop-name">{E(account.TikTokShopName)}</strong>
               (region <strong data-testid="shop-region">{E(account.TikTokRegion)}</strong>, shop code {E(account.TikTokShopCode)}).</p>
            <p>It asks for these permissions:</p>
            <ul data-testid="scopes">{scopes}</ul>
            {warning}
            <form method="post" action="/sandbox/tiktok/services/open/authorize">
              <input type="hidden" name="service_id" value="{E(account.TikTokServiceId)}">
              <input type="hidden" name="state" value="{E(state)}">
              <button type="submit" name="decision" value="authorize">Authorize</button>
              <button type="submit" name="decision" value="cancel">Cancel</button>
            </form>
            """;
    }

    private static IResult Html(int status, string title, string body) => Results.Content(
        $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{E(title)}} · TikTok Shop (sandbox)</title>
        <style>body{font-family:sans-serif;max-width:40rem;margin:3rem auto}button{margin-right:1rem;padding:.5rem 1.5rem}.warning{color:#b00}</style>
        </head><body><p><em>TikTok Shop Seller Center — sandbox</em></p>{{body}}</body></html>
        """,
        "text/html; charset=utf-8",
        statusCode: status);

    private static string E(string value) => HtmlEncoder.Default.Encode(value);
}
