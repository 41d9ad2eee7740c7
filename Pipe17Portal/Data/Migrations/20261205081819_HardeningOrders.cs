using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pipe17Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class HardeningOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OrderImportFailures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceOrderId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RawJson = table.Column<string>(type: "TEXT", maxLength: 65536, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderImportFailures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderImportFailures_Connections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "Connections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrderImportFailures_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SfccLearnedFacts",
                columns: table => new
                {
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShippingMethodsJson = table.Column<string>(type: "TEXT", nullable: false),
                    PaymentMethodsJson = table.Column<string>(type: "TEXT", nullable: false),
                    MethodsReadAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SfccLearnedFacts", x => x.ConnectionId);
                    table.ForeignKey(
                        name: "FK_SfccLearnedFacts_Connections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "Connections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SfccLearnedFacts_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OrderImportFailures_ConnectionId_ResolvedAt_SourceOrderId",
                table: "OrderImportFailures",
                columns: new[] { "ConnectionId", "ResolvedAt", "SourceOrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_OrderImportFailures_WorkspaceId_ResolvedAt",
                table: "OrderImportFailures",
                columns: new[] { "WorkspaceId", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SfccLearnedFacts_WorkspaceId",
                table: "SfccLearnedFacts",
                column: "WorkspaceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrderImportFailures");

            migrationBuilder.DropTable(
                name: "SfccLearnedFacts");
        }
    }
}
