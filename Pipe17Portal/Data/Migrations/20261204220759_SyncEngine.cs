using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pipe17Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class SyncEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "SfccMessage",
                table: "OrderExceptions",
                newName: "ExternalMessage");

            migrationBuilder.RenameColumn(
                name: "SfccFaultType",
                table: "OrderExceptions",
                newName: "ExternalFaultType");

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "WorkItems",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseUntil",
                table: "WorkItems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "WorkItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "BuyerCompany",
                table: "Orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "BuyerEmailIdentifiesBuyer",
                table: "Orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ChannelCode",
                table: "Orders",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ChannelName",
                table: "Orders",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Connections",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_WorkspaceId_UpdatedAt",
                table: "Orders",
                columns: new[] { "WorkspaceId", "UpdatedAt" });

            // Orders imported before the importer recorded its channel: every such order came from a TikTok shop.
            migrationBuilder.Sql("UPDATE \"Orders\" SET \"ChannelName\" = 'TikTok Shop', \"ChannelCode\" = 'tiktok' WHERE \"SourceConnectionId\" IN (SELECT \"Id\" FROM \"Connections\" WHERE \"Kind\" = 'TikTokShop');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_WorkspaceId_UpdatedAt",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "WorkItems");

            migrationBuilder.DropColumn(
                name: "LeaseUntil",
                table: "WorkItems");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "WorkItems");

            migrationBuilder.DropColumn(
                name: "BuyerCompany",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "BuyerEmailIdentifiesBuyer",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ChannelCode",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ChannelName",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Connections");

            migrationBuilder.RenameColumn(
                name: "ExternalMessage",
                table: "OrderExceptions",
                newName: "SfccMessage");

            migrationBuilder.RenameColumn(
                name: "ExternalFaultType",
                table: "OrderExceptions",
                newName: "SfccFaultType");
        }
    }
}
