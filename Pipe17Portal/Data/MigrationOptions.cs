using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pipe17Portal.Data;

public static class MigrationOptions
{
    /// <summary>
    /// Migrating no longer compares the whole model with the last migration's snapshot on every start (EF's
    /// PendingModelChangesWarning): that comparison builds the design-time model and was a large part of start-up. The
    /// check is made where it belongs, once per build, by the migration tests (<c>HasPendingModelChanges</c>).
    /// </summary>
    public static DbContextOptionsBuilder SkipModelDiffAtStartup(this DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}
