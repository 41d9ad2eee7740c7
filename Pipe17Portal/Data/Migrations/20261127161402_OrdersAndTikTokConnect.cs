using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pipe17Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrdersAndTikTokConnect : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SandboxAccountId",
                table: "Workspaces",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SettingsJson",
                table: "Connections",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "OAuthStates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StateHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OAuthStates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OAuthStates_Connections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "Connections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceOrderId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceStatus = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PlacedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SourceUpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HoldUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Subtotal = table.Column<decimal>(type: "TEXT", nullable: false),
                    ShippingFee = table.Column<decimal>(type: "TEXT", nullable: false),
                    Tax = table.Column<decimal>(type: "TEXT", nullable: false),
                    Discount = table.Column<decimal>(type: "TEXT", nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", nullable: false),
                    PaymentMethod = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ShippingOptionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ShippingOptionName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ShippingAddress_Name = table.Column<string>(type: "TEXT", nullable: true),
                    ShippingAddress_Phone = table.Column<string>(type: "TEXT", nullable: true),
                    ShippingAddress_Line1 = table.Column<string>(type: "TEXT", nullable: true),
                    ShippingAddress_Line2 = table.Column<string>(type: "TEXT", nullable: true),
                    ShippingAddress_City = table.Column<string>(type: "TEXT", nullable: true),
                    ShippingAddress_Region = table.Column<string>(type: "TEXT", nullable: true),
                    ShippingAddress_PostalCode = table.Column<string>(type: "TEXT", nullable: true),
                    ShippingAddress_CountryCode = table.Column<string>(type: "TEXT", nullable: true),
                    ShippingAddress_FullAddress = table.Column<string>(type: "TEXT", nullable: true),
                    BuyerEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    BuyerReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CanceledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CanceledBy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SourcePayload = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Orders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Orders_Connections_SourceConnectionId",
                        column: x => x.SourceConnectionId,
                        principalTable: "Connections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Orders_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SyncCursors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Flow = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyncCursors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SyncCursors_Connections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "Connections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WebhookReceipts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NotificationId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookReceipts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WebhookReceipts_Connections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "Connections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrderEvent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderEvent_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrderLine",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    VariantName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SourceProductId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SourceSkuId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    CanceledQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitPrice = table.Column<decimal>(type: "TEXT", nullable: false),
                    Discount = table.Column<decimal>(type: "TEXT", nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", nullable: false),
                    SourceLineIds = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderLine_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OAuthStates_ConnectionId",
                table: "OAuthStates",
                column: "ConnectionId");

            migrationBuilder.CreateIndex(
                name: "IX_OAuthStates_StateHash",
                table: "OAuthStates",
                column: "StateHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrderEvent_OrderId_At",
                table: "OrderEvent",
                columns: new[] { "OrderId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_OrderLine_OrderId",
                table: "OrderLine",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_OrderLine_Sku",
                table: "OrderLine",
                column: "Sku");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_SourceConnectionId_HoldUntil",
                table: "Orders",
                columns: new[] { "SourceConnectionId", "HoldUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_SourceConnectionId_SourceOrderId",
                table: "Orders",
                columns: new[] { "SourceConnectionId", "SourceOrderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_WorkspaceId_PlacedAt",
                table: "Orders",
                columns: new[] { "WorkspaceId", "PlacedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_WorkspaceId_Status",
                table: "Orders",
                columns: new[] { "WorkspaceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SyncCursors_ConnectionId_Flow",
                table: "SyncCursors",
                columns: new[] { "ConnectionId", "Flow" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WebhookReceipts_ConnectionId_NotificationId",
                table: "WebhookReceipts",
                columns: new[] { "ConnectionId", "NotificationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WebhookReceipts_ReceivedAt",
                table: "WebhookReceipts",
                column: "ReceivedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OAuthStates");

            migrationBuilder.DropTable(
                name: "OrderEvent");

            migrationBuilder.DropTable(
                name: "OrderLine");

            migrationBuilder.DropTable(
                name: "SyncCursors");

            migrationBuilder.DropTable(
                name: "WebhookReceipts");

            migrationBuilder.DropTable(
                name: "Orders");

            migrationBuilder.DropColumn(
                name: "SandboxAccountId",
                table: "Workspaces");

            migrationBuilder.DropColumn(
                name: "SettingsJson",
                table: "Connections");
        }
    }
}
