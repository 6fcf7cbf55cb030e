using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RareEarthWatch.Data.Migrations
{
    /// <inheritdoc />
    public partial class TonnagePeriodDetail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PeriodDetail",
                table: "Tonnages",
                type: "TEXT",
                maxLength: 60,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PeriodDetail",
                table: "Tonnages");
        }
    }
}
