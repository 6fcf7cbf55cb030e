using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RareEarthWatch.Data.Model;

namespace RareEarthWatch.Data.Configurations;

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> builder)
    {
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(m => m.Organisation).WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Country).WithMany().HasForeignKey(m => m.CountryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Element).WithMany().HasForeignKey(m => m.ElementSymbol).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.OrganisationId, m.ArticleId });
        builder.HasIndex(m => new { m.CountryCode, m.ArticleId });
        builder.HasIndex(m => new { m.ElementSymbol, m.ArticleId });
    }
}

internal sealed class TonnageConfiguration : IEntityTypeConfiguration<Tonnage>
{
    public void Configure(EntityTypeBuilder<Tonnage> builder)
    {
        builder.Property(t => t.Unit).HasMaxLength(10);
        builder.Property(t => t.SubjectKind).HasMaxLength(20);
        builder.Property(t => t.PeriodDetail).HasMaxLength(60);
        builder.HasIndex(t => t.ElementSymbol);
        builder.HasIndex(t => t.SubjectId);
    }
}
