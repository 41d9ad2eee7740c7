using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pipe17Portal.Sandbox.Migrations
{
    /// <inheritdoc />
    public partial class SfccEmulator : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SfccApiClients",
                columns: table => new
                {
                    ClientId = table.Column<string>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SfccApiClients", x => x.ClientId);
                });

            migrationBuilder.CreateTable(
                name: "SfccCustomers",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerNo = table.Column<string>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<string>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", nullable: false),
                    LastName = table.Column<string>(type: "TEXT", nullable: false),
                    CreationDate = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SfccCustomers", x => new { x.AccountId, x.CustomerNo });
                });

            migrationBuilder.CreateTable(
                name: "SfccDocuments",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    CustomerNo = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    ShippingStatus = table.Column<string>(type: "TEXT", nullable: false),
                    CreationDate = table.Column<long>(type: "INTEGER", nullable: false),
                    LastModified = table.Column<long>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SfccDocuments", x => new { x.AccountId, x.Kind, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "SfccInstances",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BmRoles = table.Column<string>(type: "TEXT", nullable: false),
                    SeededAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ShopSettings = table.Column<string>(type: "TEXT", nullable: false),
                    DataSettings = table.Column<string>(type: "TEXT", nullable: false),
                    OrderSequence = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SfccInstances", x => x.AccountId);
                });

            migrationBuilder.CreateTable(
                name: "SfccInventory",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<string>(type: "TEXT", nullable: false),
                    Allocation = table.Column<int>(type: "INTEGER", nullable: false),
                    Turnover = table.Column<int>(type: "INTEGER", nullable: false),
                    AllocationResetDate = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SfccInventory", x => new { x.AccountId, x.ProductId });
                });

            migrationBuilder.CreateTable(
                name: "SfccMethods",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Cost = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SfccMethods", x => new { x.AccountId, x.Kind, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "SfccProducts",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    MasterId = table.Column<string>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Color = table.Column<string>(type: "TEXT", nullable: true),
                    Size = table.Column<string>(type: "TEXT", nullable: true),
                    Price = table.Column<double>(type: "REAL", nullable: false),
                    Upc = table.Column<string>(type: "TEXT", nullable: true),
                    Online = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreationDate = table.Column<long>(type: "INTEGER", nullable: false),
                    LastModified = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SfccProducts", x => new { x.AccountId, x.Id });
                });

            migrationBuilder.CreateIndex(
                name: "IX_SfccApiClients_AccountId",
                table: "SfccApiClients",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_SfccDocuments_AccountId_Kind_CreationDate",
                table: "SfccDocuments",
                columns: new[] { "AccountId", "Kind", "CreationDate" });

            migrationBuilder.CreateIndex(
                name: "IX_SfccProducts_AccountId_MasterId",
                table: "SfccProducts",
                columns: new[] { "AccountId", "MasterId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SfccApiClients");

            migrationBuilder.DropTable(
                name: "SfccCustomers");

            migrationBuilder.DropTable(
                name: "SfccDocuments");

            migrationBuilder.DropTable(
                name: "SfccInstances");

            migrationBuilder.DropTable(
                name: "SfccInventory");

            migrationBuilder.DropTable(
                name: "SfccMethods");

            migrationBuilder.DropTable(
                name: "SfccProducts");
        }
    }
}
