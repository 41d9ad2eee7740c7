using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pipe17Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class ShippingAndInventory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "DetailId",
                table: "WorkItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RemovedAt",
                table: "Products",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ChannelStocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChannelProductId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ChannelSkuId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Computed = table.Column<int>(type: "INTEGER", nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Pushed = table.Column<int>(type: "INTEGER", nullable: true),
                    PushedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PendingSince = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LastErrorAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelStocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChannelStocks_Connections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "Connections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChannelStocks_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Fulfillments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SfccOrderNo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ShipmentId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ShipmentNo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Carrier = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ShippingMethodId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ShippedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChannelPackageId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ChannelProviderId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ChannelProviderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChannelTrackingNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ChannelPackageStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ChannelConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Lines = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fulfillments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Fulfillments_Connections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "Connections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Fulfillments_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Fulfillments_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InventoryLevels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LocationId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Available = table.Column<decimal>(type: "TEXT", nullable: false),
                    OnHand = table.Column<decimal>(type: "TEXT", nullable: false),
                    Reserved = table.Column<decimal>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InventoryLevels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InventoryLevels_Connections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "Connections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InventoryLevels_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ShippingRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SfccOrderNo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ShipmentId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ShipmentNo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ShippingMethodId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ExportStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SfccModifiedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Lines = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShippingRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShippingRequests_Connections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "Connections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ShippingRequests_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ShippingRequests_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChannelStocks_ConnectionId_PendingSince",
                table: "ChannelStocks",
                columns: new[] { "ConnectionId", "PendingSince" });

            migrationBuilder.CreateIndex(
                name: "IX_ChannelStocks_ConnectionId_Sku",
                table: "ChannelStocks",
                columns: new[] { "ConnectionId", "Sku" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChannelStocks_WorkspaceId",
                table: "ChannelStocks",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Fulfillments_ConnectionId_SfccOrderNo_ShipmentId",
                table: "Fulfillments",
                columns: new[] { "ConnectionId", "SfccOrderNo", "ShipmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fulfillments_OrderId",
                table: "Fulfillments",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Fulfillments_WorkspaceId_CreatedAt",
                table: "Fulfillments",
                columns: new[] { "WorkspaceId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InventoryLevels_ConnectionId_Sku_LocationId",
                table: "InventoryLevels",
                columns: new[] { "ConnectionId", "Sku", "LocationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InventoryLevels_WorkspaceId_Sku",
                table: "InventoryLevels",
                columns: new[] { "WorkspaceId", "Sku" });

            migrationBuilder.CreateIndex(
                name: "IX_ShippingRequests_ConnectionId_SfccOrderNo_ShipmentId",
                table: "ShippingRequests",
                columns: new[] { "ConnectionId", "SfccOrderNo", "ShipmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ShippingRequests_OrderId",
                table: "ShippingRequests",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ShippingRequests_WorkspaceId",
                table: "ShippingRequests",
                column: "WorkspaceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChannelStocks");

            migrationBuilder.DropTable(
                name: "Fulfillments");

            migrationBuilder.DropTable(
                name: "InventoryLevels");

            migrationBuilder.DropTable(
                name: "ShippingRequests");

            migrationBuilder.DropColumn(
                name: "DetailId",
                table: "WorkItems");

            migrationBuilder.DropColumn(
                name: "RemovedAt",
                table: "Products");
        }
    }
}
