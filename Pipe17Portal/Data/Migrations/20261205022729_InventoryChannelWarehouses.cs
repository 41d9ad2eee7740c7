using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pipe17Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class InventoryChannelWarehouses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChannelWarehouseIds",
                table: "ChannelStocks",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChannelStocks_ConnectionId_ChannelProductId",
                table: "ChannelStocks",
                columns: new[] { "ConnectionId", "ChannelProductId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChannelStocks_ConnectionId_ChannelProductId",
                table: "ChannelStocks");

            migrationBuilder.DropColumn(
                name: "ChannelWarehouseIds",
                table: "ChannelStocks");
        }
    }
}
