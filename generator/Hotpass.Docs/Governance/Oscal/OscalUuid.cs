using System.Security.Cryptography;
using System.Text;

namespace Hotpass.Docs.Governance.Oscal;

/// <summary>Name-based UUIDs (RFC 4122 version 5, SHA-1): the same site and id give the same UUID in every build, so an
/// auditor's tool sees one finding per control across revisions, and no build depends on a random generator.</summary>
internal static class OscalUuid
{
    /// <summary>RFC 4122's URL namespace (6ba7b811-9dad-11d1-80b4-00c04fd430c8), under which a site's own namespace is made.</summary>
    private static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /// <summary>The namespace of one site: its base URL, else its repository, else its title, so two sites that both
    /// declare <c>CTL-1</c> give different UUIDs (OSCAL UUIDs are meant to be unique across documents).</summary>
    public static Guid SiteNamespace(string? baseUrl, string? repoUrl, string title) =>
        V5(UrlNamespace, baseUrl ?? repoUrl ?? "urn:hotpass-docs:site:" + title);

    public static Guid V5(Guid ns, string name)
    {
        Span<byte> nsBytes = stackalloc byte[16];
        ns.TryWriteBytes(nsBytes, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        nsBytes.CopyTo(input);
        nameBytes.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[20];
        // RFC 4122 fixes SHA-1 for version 5: it names, it does not protect anything.
#pragma warning disable CA5350
        SHA1.HashData(input, hash);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
