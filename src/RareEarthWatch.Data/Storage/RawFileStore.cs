using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace RareEarthWatch.Data.Storage;

/// <summary>
/// Keeps every uploaded file's bytes, named by their SHA-256, outside any web root. Files are
/// written to a temporary name and moved into place, and are never changed afterwards, so every
/// article can be read again when the extractors improve.
/// </summary>
public sealed class RawFileStore(IOptions<DataOptions> options)
{
    private readonly string _directory = options.Value.RawDirectory;

    public static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public string PathOf(string sha256) => Path.Combine(_directory, sha256 + ".bin");

    public bool Exists(string sha256) => File.Exists(PathOf(sha256));

    public async Task SaveAsync(string sha256, byte[] content, CancellationToken ct)
    {
        var target = PathOf(sha256);
        if (File.Exists(target))
        {
            return;
        }

        Directory.CreateDirectory(_directory);
        var temp = Path.Combine(_directory, $"{sha256}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllBytesAsync(temp, content, ct);
        try
        {
            File.Move(temp, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            File.Delete(temp);
        }
    }

    /// <summary>
    /// Writes the bytes of <paramref name="sha256"/> again when its raw file is missing or no longer holds those bytes
    /// (changed or damaged; such a file is kept beside it as <c>.damaged</c>). False when the file was intact.
    /// </summary>
    public async Task<bool> RestoreAsync(string sha256, byte[] content, CancellationToken ct)
    {
        if (!string.Equals(HashOf(content), sha256, StringComparison.Ordinal))
        {
            throw new ArgumentException("The bytes do not have this SHA-256.", nameof(content));
        }

        var target = PathOf(sha256);
        if (!File.Exists(target))
        {
            await SaveAsync(sha256, content, ct);
            return true;
        }

        if (string.Equals(HashOf(await File.ReadAllBytesAsync(target, ct)), sha256, StringComparison.Ordinal))
        {
            return false;
        }

        var temp = Path.Combine(_directory, $"{sha256}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllBytesAsync(temp, content, ct);
        File.Replace(temp, target, Path.Combine(_directory, $"{sha256}.{Guid.NewGuid():N}.damaged"));
        return true;
    }

    public Task<byte[]> ReadAsync(string sha256, CancellationToken ct) => File.ReadAllBytesAsync(PathOf(sha256), ct);
}
