using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pipe17Portal.Sandbox.Migrations
{
    /// <inheritdoc />
    public partial class SfccApiClientDisabled : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Disabled",
                table: "SfccApiClients",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Disabled",
                table: "SfccApiClients");
        }
    }
}
