using System.Security.Cryptography;
using Hotpass.Docs.Configuration;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Load.Signing;
using Hotpass.Docs.Load.Yaml;

namespace Hotpass.Docs.Load.Config;

/// <summary>Reads <c>evidence.keys</c>: a list of <c>{ id, algorithm, public_key }</c>, each key a PEM
/// <c>PUBLIC KEY</c> block, imported once here so a key that is not what it says is a configuration error, not a
/// signature that silently never verifies.</summary>
internal static class TrustedKeysReader
{
    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal) { "id", "algorithm", "public_key" };
    private static readonly HashSet<string> Algorithms = new(StringComparer.Ordinal) { TrustedKey.EcdsaP256, TrustedKey.Ed25519 };

    public static IReadOnlyList<TrustedKey> Read(YamlNode? node, DiagnosticBag diagnostics)
    {
        if (node is null or YamlScalar { IsNull: true }) return [];
        if (node is not YamlSequence list)
        {
            diagnostics.Report(DiagnosticCodes.ConfigBadValue, node.Location, "evidence.keys", "must be a list of { id, algorithm, public_key }");
            return [];
        }
        var keys = new List<TrustedKey>();
        foreach (var item in list.Items)
            if (Key(item, diagnostics) is { } key)
            {
                if (keys.Any(k => k.Id == key.Id))
                    diagnostics.Report(DiagnosticCodes.ConfigBadValue, key.Location, "evidence.keys", $"id '{key.Id}' is given twice");
                else keys.Add(key);
            }
        return keys;
    }

    private static TrustedKey? Key(YamlNode item, DiagnosticBag diagnostics)
    {
        if (item is not YamlMapping map)
        {
            diagnostics.Report(DiagnosticCodes.ConfigBadValue, item.Location, "evidence.keys", "each key must be a mapping of id, algorithm and public_key");
            return null;
        }
        foreach (var entry in map.Entries)
            if (!Fields.Contains(entry.Key.Value))
                diagnostics.Report(DiagnosticCodes.ConfigUnknownKey, entry.Key.Location, "evidence.keys." + entry.Key.Value, Text.DidYouMean.Suffix(entry.Key.Value, Fields));
        var id = (map["id"] as YamlScalar)?.Value.Trim();
        var algorithm = (map["algorithm"] as YamlScalar)?.Value.Trim();
        var pem = (map["public_key"] as YamlScalar)?.Value;
        if (string.IsNullOrEmpty(id) || algorithm is null || pem is null)
        {
            diagnostics.Report(DiagnosticCodes.ConfigBadValue, map.Location, "evidence.keys", "each key needs id, algorithm and public_key");
            return null;
        }
        if (!Algorithms.Contains(algorithm))
        {
            diagnostics.Report(DiagnosticCodes.ConfigBadValue, map["algorithm"]!.Location, "evidence.keys.algorithm",
                $"'{algorithm}' is not one of {TrustedKey.EcdsaP256}, {TrustedKey.Ed25519}{Text.DidYouMean.Suffix(algorithm, Algorithms)}");
            return null;
        }
        if (Import(algorithm, pem) is not { } spki)
        {
            diagnostics.Report(DiagnosticCodes.ConfigBadValue, map["public_key"]!.Location, "evidence.keys.public_key",
                $"key '{id}' is not a PEM PUBLIC KEY block holding an {algorithm} key");
            return null;
        }
        return new TrustedKey(id, algorithm, spki, map.Location);
    }

    /// <summary>The key's SubjectPublicKeyInfo, when the PEM holds one of <paramref name="algorithm"/>.</summary>
    private static byte[]? Import(string algorithm, string pem)
    {
        try
        {
            var fields = PemEncoding.Find(pem);
            if (pem[fields.Label] is not "PUBLIC KEY") return null;
            var spki = Convert.FromBase64String(pem[fields.Base64Data]);
            return SignatureCheck.Accepts(algorithm, spki) ? spki : null;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or CryptographicException)
        {
            return null;
        }
    }
}
