using MudBlazor;
using MudBlazor.Services;

namespace Pipe17Portal.Client.Layout;

public static class PortalTheme
{
    /// <summary>MudBlazor settings shared by the server (prerender, circuits) and the WebAssembly client.</summary>
    public static void ConfigureMud(MudServicesConfiguration config)
    {
        // Bottom right keeps messages clear of the app bar and its user menu.
        config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
        config.SnackbarConfiguration.VisibleStateDuration = 6000;
    }

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#3949ab",
            Secondary = "#00897b",
            AppbarBackground = "#1f2a5a",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7986cb",
            Secondary = "#4db6ac",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"] },
        },
    };
}
