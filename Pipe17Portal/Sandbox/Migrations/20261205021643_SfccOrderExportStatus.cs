using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pipe17Portal.Sandbox.Migrations
{
    /// <inheritdoc />
    public partial class SfccOrderExportStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExportStatus",
                table: "SfccDocuments",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // Orders stored before the column existed keep their export status in the document.
            migrationBuilder.Sql("UPDATE SfccDocuments SET ExportStatus = COALESCE(json_extract(Json, '$.export_status'), '') WHERE Kind = 'order';");

            migrationBuilder.CreateIndex(
                name: "IX_SfccDocuments_AccountId_Kind_LastModified",
                table: "SfccDocuments",
                columns: new[] { "AccountId", "Kind", "LastModified" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SfccDocuments_AccountId_Kind_LastModified",
                table: "SfccDocuments");

            migrationBuilder.DropColumn(
                name: "ExportStatus",
                table: "SfccDocuments");
        }
    }
}
