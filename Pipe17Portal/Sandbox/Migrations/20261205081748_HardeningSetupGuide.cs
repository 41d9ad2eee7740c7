using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pipe17Portal.Sandbox.Migrations
{
    /// <inheritdoc />
    public partial class HardeningSetupGuide : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OrderAttributes",
                table: "SfccInstances",
                type: "TEXT",
                nullable: false,
                defaultValue: "tiktokOrderId");

            migrationBuilder.AddColumn<double>(
                name: "TaxRate",
                table: "SfccInstances",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<string>(
                name: "Taxation",
                table: "SfccInstances",
                type: "TEXT",
                nullable: false,
                defaultValue: "net");

            migrationBuilder.AddColumn<string>(
                name: "AccessTokenFormat",
                table: "SfccApiClients",
                type: "TEXT",
                nullable: false,
                defaultValue: "JWT");

            migrationBuilder.AddColumn<string>(
                name: "DefaultScopes",
                table: "SfccApiClients",
                type: "TEXT",
                nullable: false,
                defaultValue: "mail roles tenantFilter profile openId");

            migrationBuilder.AddColumn<string>(
                name: "TokenEndpointAuthMethod",
                table: "SfccApiClients",
                type: "TEXT",
                nullable: false,
                defaultValue: "client_secret_post");

            // Shop API clients seeded before this held the Shopper API scopes too; the guide's Step 1 allows exactly the seven
            // (SLAS tokens carry the shopper scopes on their own). Only untouched seeds are changed.
            migrationBuilder.Sql("UPDATE SfccApiClients SET Scopes = 'sfcc.orders.rw sfcc.catalogs.rw sfcc.inventory.impex-inventory.rw sfcc.inventory.availability.rw sfcc.inventory.reservations.rw sfcc.customerlists.rw sfcc.products.rw' WHERE Kind = 'shop' AND Scopes = 'sfcc.orders.rw sfcc.catalogs.rw sfcc.inventory.impex-inventory.rw sfcc.inventory.availability.rw sfcc.inventory.reservations.rw sfcc.customerlists.rw sfcc.products.rw sfcc.shopper-baskets-orders.rw sfcc.shopper-products sfcc.shopper-product-search sfcc.ts_ext_on_behalf_of';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OrderAttributes",
                table: "SfccInstances");

            migrationBuilder.DropColumn(
                name: "TaxRate",
                table: "SfccInstances");

            migrationBuilder.DropColumn(
                name: "Taxation",
                table: "SfccInstances");

            migrationBuilder.DropColumn(
                name: "AccessTokenFormat",
                table: "SfccApiClients");

            migrationBuilder.DropColumn(
                name: "DefaultScopes",
                table: "SfccApiClients");

            migrationBuilder.DropColumn(
                name: "TokenEndpointAuthMethod",
                table: "SfccApiClients");
        }
    }
}
