using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pipe17Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class SyncEngineAndOrdersList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_WorkspaceId_PlacedAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_WorkspaceId_Status",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_OrderLine_Sku",
                table: "OrderLine");

            migrationBuilder.DropIndex(
                name: "IX_OrderExceptions_OrderId_ResolvedAt",
                table: "OrderExceptions");

            migrationBuilder.DropIndex(
                name: "IX_OrderExceptions_WorkspaceId_ResolvedAt_Type",
                table: "OrderExceptions");

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
                name: "IX_Orders_WorkspaceId_PlacedAt_Id",
                table: "Orders",
                columns: new[] { "WorkspaceId", "PlacedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_WorkspaceId_SourceOrderId_PlacedAt_Id",
                table: "Orders",
                columns: new[] { "WorkspaceId", "SourceOrderId", "PlacedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_WorkspaceId_Status_PlacedAt_Id",
                table: "Orders",
                columns: new[] { "WorkspaceId", "Status", "PlacedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_WorkspaceId_UpdatedAt_Id",
                table: "Orders",
                columns: new[] { "WorkspaceId", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_OrderLine_Sku_OrderId",
                table: "OrderLine",
                columns: new[] { "Sku", "OrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_OrderExceptions_OrderId_ResolvedAt_WorkspaceId",
                table: "OrderExceptions",
                columns: new[] { "OrderId", "ResolvedAt", "WorkspaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_OrderExceptions_WorkspaceId_ResolvedAt_Type_OrderId",
                table: "OrderExceptions",
                columns: new[] { "WorkspaceId", "ResolvedAt", "Type", "OrderId" });

            // Orders imported before the importer recorded its channel: every such order came from a TikTok shop.
            migrationBuilder.Sql("UPDATE \"Orders\" SET \"ChannelName\" = 'TikTok Shop', \"ChannelCode\" = 'tiktok' WHERE \"SourceConnectionId\" IN (SELECT \"Id\" FROM \"Connections\" WHERE \"Kind\" = 'TikTokShop');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_WorkspaceId_PlacedAt_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_WorkspaceId_SourceOrderId_PlacedAt_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_WorkspaceId_Status_PlacedAt_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_WorkspaceId_UpdatedAt_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_OrderLine_Sku_OrderId",
                table: "OrderLine");

            migrationBuilder.DropIndex(
                name: "IX_OrderExceptions_OrderId_ResolvedAt_WorkspaceId",
                table: "OrderExceptions");

            migrationBuilder.DropIndex(
                name: "IX_OrderExceptions_WorkspaceId_ResolvedAt_Type_OrderId",
                table: "OrderExceptions");

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

            migrationBuilder.CreateIndex(
                name: "IX_Orders_WorkspaceId_PlacedAt",
                table: "Orders",
                columns: new[] { "WorkspaceId", "PlacedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_WorkspaceId_Status",
                table: "Orders",
                columns: new[] { "WorkspaceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_OrderLine_Sku",
                table: "OrderLine",
                column: "Sku");

            migrationBuilder.CreateIndex(
                name: "IX_OrderExceptions_OrderId_ResolvedAt",
                table: "OrderExceptions",
                columns: new[] { "OrderId", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OrderExceptions_WorkspaceId_ResolvedAt_Type",
                table: "OrderExceptions",
                columns: new[] { "WorkspaceId", "ResolvedAt", "Type" });
        }
    }
}
