using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pipe17Portal.Sandbox.Migrations
{
    /// <inheritdoc />
    public partial class TikTokEmulator : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Faults",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    System = table.Column<string>(type: "TEXT", nullable: false),
                    Rate = table.Column<double>(type: "REAL", nullable: false),
                    Kinds = table.Column<string>(type: "TEXT", nullable: false),
                    LatencyMs = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Faults", x => new { x.AccountId, x.System });
                });

            migrationBuilder.CreateTable(
                name: "TikTokAuthCodes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TikTokAuthCodes", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "TikTokGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccessToken = table.Column<string>(type: "TEXT", nullable: false),
                    AccessTokenExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RefreshToken = table.Column<string>(type: "TEXT", nullable: false),
                    RefreshTokenExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    GrantedScopes = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TikTokGrants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TikTokOrders",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    CreateTime = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdateTime = table.Column<long>(type: "INTEGER", nullable: false),
                    ShippingType = table.Column<string>(type: "TEXT", nullable: false),
                    BuyerUserId = table.Column<string>(type: "TEXT", nullable: false),
                    IsBuyerRequestCancel = table.Column<bool>(type: "INTEGER", nullable: false),
                    WarehouseId = table.Column<string>(type: "TEXT", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TikTokOrders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TikTokPackages",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    LineItemIds = table.Column<string>(type: "TEXT", nullable: false),
                    TrackingNumber = table.Column<string>(type: "TEXT", nullable: true),
                    ShippingProviderId = table.Column<string>(type: "TEXT", nullable: true),
                    ShippingProviderName = table.Column<string>(type: "TEXT", nullable: true),
                    HandoverMethod = table.Column<string>(type: "TEXT", nullable: true),
                    CreateTime = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdateTime = table.Column<long>(type: "INTEGER", nullable: false),
                    ShippedTime = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TikTokPackages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TikTokProducts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TikTokProducts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TikTokShops",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RedirectUrl = table.Column<string>(type: "TEXT", nullable: true),
                    AccessTokenSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    RefreshTokenSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    RateLimitPerSecond = table.Column<int>(type: "INTEGER", nullable: true),
                    GrantedScopes = table.Column<string>(type: "TEXT", nullable: false),
                    OpenId = table.Column<string>(type: "TEXT", nullable: false),
                    SeededAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TikTokShops", x => x.AccountId);
                });

            migrationBuilder.CreateTable(
                name: "TikTokWebhooks",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", nullable: false),
                    CreateTime = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdateTime = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TikTokWebhooks", x => new { x.AccountId, x.EventType });
                });

            migrationBuilder.CreateIndex(
                name: "IX_TikTokGrants_AccessToken",
                table: "TikTokGrants",
                column: "AccessToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TikTokGrants_AccountId",
                table: "TikTokGrants",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_TikTokGrants_RefreshToken",
                table: "TikTokGrants",
                column: "RefreshToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TikTokOrders_AccountId_CreateTime_Id",
                table: "TikTokOrders",
                columns: new[] { "AccountId", "CreateTime", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_TikTokOrders_AccountId_UpdateTime_Id",
                table: "TikTokOrders",
                columns: new[] { "AccountId", "UpdateTime", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_TikTokPackages_AccountId_OrderId",
                table: "TikTokPackages",
                columns: new[] { "AccountId", "OrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_TikTokProducts_AccountId",
                table: "TikTokProducts",
                column: "AccountId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Faults");

            migrationBuilder.DropTable(
                name: "TikTokAuthCodes");

            migrationBuilder.DropTable(
                name: "TikTokGrants");

            migrationBuilder.DropTable(
                name: "TikTokOrders");

            migrationBuilder.DropTable(
                name: "TikTokPackages");

            migrationBuilder.DropTable(
                name: "TikTokProducts");

            migrationBuilder.DropTable(
                name: "TikTokShops");

            migrationBuilder.DropTable(
                name: "TikTokWebhooks");
        }
    }
}
