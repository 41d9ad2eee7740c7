using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace Pipe17Portal.Data;

/// <summary>
/// Query-planner hints usable in LINQ. SQLite plans without statistics (nothing runs ANALYZE), and then believes that
/// <c>WorkspaceId = @id</c> keeps about ten rows: with a million orders it walks a whole workspace's index, checking each
/// row, instead of using the index of the condition that really is selective (a search, a list of ids).
/// </summary>
public static class SqlHints
{
    /// <summary>
    /// The condition itself, marked as true for nearly every row (SQLite's <c>likely(X)</c>): the planner still may use an
    /// index for it, but no longer chooses it to drive the query. Other databases get the condition unchanged.
    /// </summary>
    public static bool Likely(bool condition) => throw new InvalidOperationException($"{nameof(SqlHints)}.{nameof(Likely)} is for LINQ queries only.");

    public static void Register(ModelBuilder builder, bool sqlite) =>
        builder.HasDbFunction(typeof(SqlHints).GetMethod(nameof(Likely))!)
            .HasTranslation(args => sqlite
                ? new SqlFunctionExpression("likely", args, nullable: false, argumentsPropagateNullability: [false], typeof(bool), args[0].TypeMapping)
                : args[0]);
}
