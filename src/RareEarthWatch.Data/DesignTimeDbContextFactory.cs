using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RareEarthWatch.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting a host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<RareEarthWatchDbContext>
{
    public RareEarthWatchDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RareEarthWatchDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
