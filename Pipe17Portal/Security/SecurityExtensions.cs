using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Pipe17Portal.Components.Account;
using Pipe17Portal.Data;

namespace Pipe17Portal.Security;

public static class SecurityExtensions
{
    /// <summary>The browser's Identity cookie or a workspace API key, chosen per request.</summary>
    public const string PortalScheme = "Portal";

    public static IHostApplicationBuilder AddPortalSecurity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<CurrentMember>();
        services.AddSingleton(TimeProvider.System);

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = PortalScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddPolicyScheme(PortalScheme, "Cookie or API key", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/Account/Login";
                o.AccessDeniedPath = "/Account/AccessDenied";
                o.Events.OnValidatePrincipal = MemberSessionValidator.ValidateAsync;
                // The API answers with problem details; only pages redirect to the login form.
                o.Events.OnRedirectToLogin = context => ApiProblemResponses.IsApiRequest(context.Request)
                    ? ApiProblemResponses.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Not authenticated",
                        "Sign in, or send a workspace API key in the X-Api-Key header.")
                    : RedirectAsync(context);
                o.Events.OnRedirectToAccessDenied = context => ApiProblemResponses.IsApiRequest(context.Request)
                    ? ApiProblemResponses.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Not allowed",
                        "Your role does not allow this action.")
                    : RedirectAsync(context);
            }));

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthorization();
        return builder;

        static Task RedirectAsync(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context)
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }
    }
}
