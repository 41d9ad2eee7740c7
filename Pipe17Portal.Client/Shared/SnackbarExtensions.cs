using MudBlazor;
using Pipe17Portal.Client.Api;

namespace Pipe17Portal.Client.Shared;

/// <summary>Runs an API call from a page: the server's problem detail becomes the error message, success gets a confirmation.</summary>
public static class SnackbarExtensions
{
    public static async Task<bool> TryAsync(this ISnackbar snackbar, Func<Task> call, string? success = null)
    {
        try
        {
            await call();
            if (success is not null)
            {
                snackbar.Add(success, Severity.Success);
            }
            return true;
        }
        catch (ApiProblemException e)
        {
            snackbar.Add(e.Detail, Severity.Error);
            return false;
        }
        catch (HttpRequestException)
        {
            snackbar.Add("The portal could not be reached. Check your connection and try again.", Severity.Error);
            return false;
        }
    }
}
