using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RareEarthWatch.Data.Model;

namespace RareEarthWatch.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.HasIndex(a => a.Sha256).IsUnique();
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.FileName).HasMaxLength(500);
        builder.Property(a => a.Format).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Title).HasMaxLength(1000);
        builder.Property(a => a.Outlet).HasMaxLength(200);
        builder.Property(a => a.Agency).HasMaxLength(200);
        builder.HasIndex(a => a.PublishedDate);

        builder.HasMany(a => a.Mentions).WithOne(m => m.Article).HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Tonnages).WithOne(t => t.Article).HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Bands).WithOne().HasForeignKey(b => b.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Mentions).HasField("_mentions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Tonnages).HasField("_tonnages").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Bands).HasField("_bands").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.CandidateMentions).WithOne().HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.CandidateMentions).HasField("_candidateMentions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class FingerprintBandConfiguration : IEntityTypeConfiguration<FingerprintBand>
{
    public void Configure(EntityTypeBuilder<FingerprintBand> builder)
    {
        builder.Property(b => b.Key).HasMaxLength(32);
        builder.HasIndex(b => b.Key);
    }
}

internal sealed class OrganisationCandidateConfiguration : IEntityTypeConfiguration<OrganisationCandidate>
{
    public void Configure(EntityTypeBuilder<OrganisationCandidate> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(300).UseCollation("NOCASE");
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.KindHint).HasMaxLength(50);
        builder.HasIndex(c => c.Status);
    }
}

internal sealed class CandidateMentionConfiguration : IEntityTypeConfiguration<CandidateMention>
{
    public void Configure(EntityTypeBuilder<CandidateMention> builder) =>
        builder.HasOne(m => m.Candidate).WithMany().HasForeignKey(m => m.CandidateId).OnDelete(DeleteBehavior.Cascade);
}
