using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RareEarthWatch.Data.Model;

namespace RareEarthWatch.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasMaxLength(100);
        builder.Property(o => o.Name).HasMaxLength(300).UseCollation("NOCASE");
        builder.Property(o => o.Kind).HasMaxLength(50);
        builder.Property(o => o.Origin).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(o => o.Name);
        builder.Ignore(o => o.AliasList);
        builder.Ignore(o => o.AmbiguousAliasList);
        builder.Ignore(o => o.IsActive);
    }
}

internal sealed class ExcludedNameConfiguration : IEntityTypeConfiguration<ExcludedName>
{
    public void Configure(EntityTypeBuilder<ExcludedName> builder)
    {
        builder.HasKey(n => n.Name);
        builder.Property(n => n.Name).HasMaxLength(300).UseCollation("NOCASE");
    }
}

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(2);
        builder.Property(c => c.Name).HasMaxLength(200).UseCollation("NOCASE");
    }
}

internal sealed class ElementConfiguration : IEntityTypeConfiguration<Element>
{
    public void Configure(EntityTypeBuilder<Element> builder)
    {
        builder.HasKey(e => e.Symbol);
        builder.Property(e => e.Symbol).HasMaxLength(3);
        builder.Property(e => e.Name).HasMaxLength(50).UseCollation("NOCASE");
        builder.HasIndex(e => e.Name).IsUnique();
    }
}

internal sealed class UploadConfiguration : IEntityTypeConfiguration<Upload>
{
    public void Configure(EntityTypeBuilder<Upload> builder)
    {
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Origin).HasMaxLength(20);
        builder.Property(u => u.FileName).HasMaxLength(500);
        builder.HasIndex(u => u.ReceivedUtc);
        builder.HasIndex(u => u.Sha256);
    }
}
