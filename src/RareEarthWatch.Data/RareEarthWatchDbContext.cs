using Microsoft.EntityFrameworkCore;
using RareEarthWatch.Data.Model;

namespace RareEarthWatch.Data;

public sealed class RareEarthWatchDbContext(DbContextOptions<RareEarthWatchDbContext> options) : DbContext(options)
{
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<Tonnage> Tonnages => Set<Tonnage>();
    public DbSet<FingerprintBand> FingerprintBands => Set<FingerprintBand>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Element> Elements => Set<Element>();
    public DbSet<Upload> Uploads => Set<Upload>();
    public DbSet<ExcludedName> ExcludedNames => Set<ExcludedName>();
    public DbSet<OrganisationCandidate> OrganisationCandidates => Set<OrganisationCandidate>();
    public DbSet<CandidateMention> CandidateMentions => Set<CandidateMention>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RareEarthWatchDbContext).Assembly);
}
