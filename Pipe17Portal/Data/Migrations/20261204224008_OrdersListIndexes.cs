using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pipe17Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrdersListIndexes : Migration
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
