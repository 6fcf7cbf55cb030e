using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RareEarthWatch.Data.Model;

namespace RareEarthWatch.Data.Configurations;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(1000);
        builder.HasIndex(s => s.PublishedDate);
        builder.HasMany(s => s.Sources).WithOne(a => a.Story).HasForeignKey(a => a.StoryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Sources).HasField("_sources").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
