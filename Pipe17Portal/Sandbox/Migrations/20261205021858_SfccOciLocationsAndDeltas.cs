using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pipe17Portal.Sandbox.Migrations
{
    /// <inheritdoc />
    public partial class SfccOciLocationsAndDeltas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SfccInventoryChanges",
                columns: table => new
                {
                    Seq = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sku = table.Column<string>(type: "TEXT", nullable: false),
                    LocationId = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SfccInventoryChanges", x => x.Seq);
                });

            migrationBuilder.CreateTable(
                name: "SfccLocationStock",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocationId = table.Column<string>(type: "TEXT", nullable: false),
                    Sku = table.Column<string>(type: "TEXT", nullable: false),
                    OnHand = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SfccLocationStock", x => new { x.AccountId, x.LocationId, x.Sku });
                });

            migrationBuilder.CreateIndex(
                name: "IX_SfccInventoryChanges_AccountId_Seq",
                table: "SfccInventoryChanges",
                columns: new[] { "AccountId", "Seq" });

            // OCI's change feed: every write to a SKU's stock is recorded here, whoever writes it (EF, raw SQL).
            migrationBuilder.Sql("""
                CREATE TRIGGER SfccInventory_Changed_Insert AFTER INSERT ON SfccInventory
                BEGIN INSERT INTO SfccInventoryChanges (AccountId, Sku, LocationId) VALUES (NEW.AccountId, NEW.ProductId, NULL); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SfccInventory_Changed_Update AFTER UPDATE OF Allocation, Turnover ON SfccInventory
                WHEN OLD.Allocation IS NOT NEW.Allocation OR OLD.Turnover IS NOT NEW.Turnover
                BEGIN INSERT INTO SfccInventoryChanges (AccountId, Sku, LocationId) VALUES (NEW.AccountId, NEW.ProductId, NULL); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SfccLocationStock_Changed_Insert AFTER INSERT ON SfccLocationStock
                BEGIN INSERT INTO SfccInventoryChanges (AccountId, Sku, LocationId) VALUES (NEW.AccountId, NEW.Sku, NEW.LocationId); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER SfccLocationStock_Changed_Update AFTER UPDATE OF OnHand ON SfccLocationStock
                WHEN OLD.OnHand IS NOT NEW.OnHand
                BEGIN INSERT INTO SfccInventoryChanges (AccountId, Sku, LocationId) VALUES (NEW.AccountId, NEW.Sku, NEW.LocationId); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SfccInventory_Changed_Insert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SfccInventory_Changed_Update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SfccLocationStock_Changed_Insert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS SfccLocationStock_Changed_Update;");
            migrationBuilder.DropTable(
                name: "SfccInventoryChanges");

            migrationBuilder.DropTable(
                name: "SfccLocationStock");
        }
    }
}
