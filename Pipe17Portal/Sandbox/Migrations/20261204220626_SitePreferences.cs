using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pipe17Portal.Sandbox.Migrations
{
    /// <inheritdoc />
    public partial class SitePreferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BasketsPerCustomer",
                table: "SfccInstances",
                type: "INTEGER",
                nullable: false,
                defaultValue: 4); // the site preference's default: existing instances behave as before
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BasketsPerCustomer",
                table: "SfccInstances");
        }
    }
}
