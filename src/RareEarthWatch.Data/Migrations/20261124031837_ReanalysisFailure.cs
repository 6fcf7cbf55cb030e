using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RareEarthWatch.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReanalysisFailure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RereadFailedUtc",
                table: "Articles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RereadFailure",
                table: "Articles",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RereadFailedUtc",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "RereadFailure",
                table: "Articles");
        }
    }
}
