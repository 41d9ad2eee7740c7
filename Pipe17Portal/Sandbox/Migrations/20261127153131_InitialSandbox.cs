using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pipe17Portal.Sandbox.Migrations
{
    /// <inheritdoc />
    public partial class InitialSandbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TikTokAppKey = table.Column<string>(type: "TEXT", nullable: false),
                    TikTokAppSecret = table.Column<string>(type: "TEXT", nullable: false),
                    TikTokServiceId = table.Column<string>(type: "TEXT", nullable: false),
                    TikTokShopId = table.Column<string>(type: "TEXT", nullable: false),
                    TikTokShopCipher = table.Column<string>(type: "TEXT", nullable: false),
                    TikTokShopName = table.Column<string>(type: "TEXT", nullable: false),
                    TikTokShopCode = table.Column<string>(type: "TEXT", nullable: false),
                    TikTokRegion = table.Column<string>(type: "TEXT", nullable: false),
                    SfccShortCode = table.Column<string>(type: "TEXT", nullable: false),
                    SfccOrganizationId = table.Column<string>(type: "TEXT", nullable: false),
                    SfccSiteId = table.Column<string>(type: "TEXT", nullable: false),
                    SfccB2cClientId = table.Column<string>(type: "TEXT", nullable: false),
                    SfccB2cClientPassword = table.Column<string>(type: "TEXT", nullable: false),
                    SfccShopClientId = table.Column<string>(type: "TEXT", nullable: false),
                    SfccShopClientPassword = table.Column<string>(type: "TEXT", nullable: false),
                    SfccOcapiClientId = table.Column<string>(type: "TEXT", nullable: false),
                    SfccOcapiClientPassword = table.Column<string>(type: "TEXT", nullable: false),
                    SfccBmUser = table.Column<string>(type: "TEXT", nullable: false),
                    SfccBmPassword = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_SfccOrganizationId",
                table: "Accounts",
                column: "SfccOrganizationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_SfccShortCode",
                table: "Accounts",
                column: "SfccShortCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_TikTokAppKey",
                table: "Accounts",
                column: "TikTokAppKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_TikTokShopId",
                table: "Accounts",
                column: "TikTokShopId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Accounts");
        }
    }
}
