using System.Text;
using Microsoft.Extensions.FileProviders;

namespace Hotpass.Docs.Render.Templates;

/// <summary>A partial held in memory. Its time stamp is fixed: the theme does not change during a build, and Fluid's
/// parse cache keys on it.</summary>
internal sealed class PartialFileInfo(string name, string text) : IFileInfo
{
    private readonly byte[] _bytes = Encoding.UTF8.GetBytes(text);

    public bool Exists => true;
    public long Length => _bytes.Length;
    public string? PhysicalPath => null;
    public string Name => name;
    public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;
    public bool IsDirectory => false;

    public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
}
