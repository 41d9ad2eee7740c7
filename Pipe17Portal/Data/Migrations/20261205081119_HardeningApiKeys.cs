using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pipe17Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class HardeningApiKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CreatedByUserId",
                table: "ApiKeys",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_CreatedByUserId",
                table: "ApiKeys",
                column: "CreatedByUserId");

            // Keys made before creators were recorded: their creator is the member whose email (the audit name a person
            // acts under) they recorded. Keys made by another key, or whose creator left, stay without one and are refused.
            migrationBuilder.Sql(
                """
                UPDATE "ApiKeys" SET "CreatedByUserId" = (
                    SELECT u."Id" FROM "AspNetUsers" u
                    WHERE u."WorkspaceId" = "ApiKeys"."WorkspaceId" AND (u."Email" = "ApiKeys"."CreatedBy" OR u."Id" = "ApiKeys"."CreatedBy")
                    LIMIT 1)
                WHERE "CreatedByUserId" IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ApiKeys_CreatedByUserId",
                table: "ApiKeys");

            migrationBuilder.DropColumn(
                name: "CreatedByUserId",
                table: "ApiKeys");
        }
    }
}
