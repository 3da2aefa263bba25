using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hotpass.Docs.Tests.TestSupport;
using NSec.Cryptography;

namespace Hotpass.Docs.Tests.Model.Evidence;

/// <summary>Evidence that arrives as a DSSE envelope, verified against <c>evidence.keys</c> in a real build: who signed
/// it shows on its page, a changed payload fails the build, an unknown signer counts as unsigned.</summary>
public sealed class SignedEvidenceTests
{
    private const string JUnit = "<testsuites><testsuite name=\"api\" tests=\"2\" failures=\"0\" timestamp=\"2025-11-20T06:00:00Z\">"
        + "<testcase name=\"a\"/><testcase name=\"b\"/></testsuite></testsuites>";

    private readonly ECDsa _ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    [Fact]
    public void A_report_signed_with_a_trusted_p256_key_is_read_as_its_format_and_its_page_names_the_signer()
    {
        using var site = Site(Keys(("ci-signer", "ecdsa-p256", Pem(_ecdsa.ExportSubjectPublicKeyInfo()))));
        site.File("evidence/ci/junit.dsse.json", Envelope("application/xml", JUnit, "ci-signer", EcdsaSign));

        var result = site.Build();

        Assert.True(result.ExitCode == 0, TempSite.Lines(result.Diagnostics));
        var page = site.Read("evidence/ci/junit.dsse.json.html");
        Assert.Contains("<dt>Signature</dt><dd>signed by ci-signer (ecdsa-p256), verified</dd>", page, StringComparison.Ordinal);
        Assert.Contains("JUnit", page, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ed25519_signed_in_toto_statement_verifies_without_a_key_id()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519);
        using var site = Site(Keys(("release", "ed25519", Pem(key.PublicKey.Export(KeyBlobFormat.PkixPublicKey)))));
        var statement = """{"_type":"https://in-toto.io/Statement/v1","subject":[{"name":"app.tar","digest":{"sha256":"00"}}],"predicateType":"https://slsa.dev/provenance/v1","predicate":{"runDetails":{"builder":{"id":"https://github.com/actions/runner"},"metadata":{"finishedOn":"2025-11-20T06:00:00Z"}}}}""";
        site.File("evidence/provenance.intoto.json", Envelope("application/vnd.in-toto+json", statement, null, b => SignatureAlgorithm.Ed25519.Sign(key, b)));

        var result = site.Build();

        Assert.True(result.ExitCode == 0, TempSite.Lines(result.Diagnostics));
        Assert.Contains("signed by release (ed25519), verified", site.Read("evidence/provenance.intoto.json.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_payload_changed_after_signing_fails_the_build_at_the_file()
    {
        using var site = Site(Keys(("ci-signer", "ecdsa-p256", Pem(_ecdsa.ExportSubjectPublicKeyInfo()))));
        // Signed as the report was, then one byte of the payload changed.
        var changed = JUnit.Replace("tests=\"2\"", "tests=\"3\"", StringComparison.Ordinal);
        site.File("evidence/ci/junit.dsse.json", Envelope("application/xml", changed, "ci-signer", EcdsaSign, signed: JUnit));

        var result = site.Build();

        Assert.Equal(1, result.ExitCode);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Descriptor.Code == "HPD430");
        Assert.Equal("evidence/ci/junit.dsse.json", diagnostic.Location.Path);
        Assert.Contains("'ci-signer'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signer_the_site_does_not_trust_counts_as_unsigned()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var site = Site(Keys(("ci-signer", "ecdsa-p256", Pem(_ecdsa.ExportSubjectPublicKeyInfo()))));
        site.File("evidence/ci/junit.dsse.json", Envelope("application/xml", JUnit, "stranger", b => other.SignData(b, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)));

        var result = site.Build();

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Descriptor.Code == "HPD431" && d.Message.Contains("'stranger'", StringComparison.Ordinal));
        Assert.Contains("signed by stranger, which is not in evidence.keys", site.Read("evidence/ci/junit.dsse.json.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_control_that_requires_signed_evidence_refuses_an_unsigned_report_and_takes_a_signed_one()
    {
        using var site = Site(Keys(("ci-signer", "ecdsa-p256", Pem(_ecdsa.ExportSubjectPublicKeyInfo()))));
        site.Page("governance/controls.md", "Controls", extra: """
            controls:
              - { id: CTL-TESTS, title: Tests pass, cadence: weekly, evidence: ["ci/*"], require_signed: true }

            """);
        site.File("evidence/ci/junit.xml", JUnit);

        var unsigned = site.Build();

        Assert.Equal(1, unsigned.ExitCode);
        var missing = Assert.Single(unsigned.Diagnostics, d => d.Descriptor.Code == "HPD451");
        Assert.Contains("'ci/junit' is not signed by a key in evidence.keys, and the control requires signed evidence", missing.Message, StringComparison.Ordinal);

        File.Delete(Path.Combine(site.Root, "evidence/ci/junit.xml"));
        site.File("evidence/ci/junit.dsse.json", Envelope("application/xml", JUnit, "ci-signer", EcdsaSign));
        var signed = site.Build();

        Assert.True(signed.ExitCode == 0, TempSite.Lines(signed.Diagnostics));
        Assert.Contains("fresh", site.Read("governance/controls/CTL-TESTS.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Require_signed_takes_only_true_or_false()
    {
        using var site = Site("");
        site.Page("governance/controls.md", "Controls", extra: "controls:\n  - { id: CTL-X, title: X, cadence: weekly, require_signed: yes please }\n");

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Descriptor.Code == "HPD309" && d.Message.Contains("'require_signed' must be true or false", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("rsa-2048", "PEM")]
    [InlineData("ed25519", "PEM")]
    [InlineData("ecdsa-p256", "not a pem")]
    public void A_key_that_is_not_what_it_says_is_a_configuration_error(string algorithm, string pem)
    {
        var text = pem == "PEM" ? Pem(_ecdsa.ExportSubjectPublicKeyInfo()) : pem;
        using var site = Site(Keys(("k", algorithm, text)));

        var result = site.Build();

        Assert.Equal(2, result.ExitCode);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Descriptor.Code == "HPD003");
        Assert.Equal("hotpass-docs.yml", diagnostic.Location.Path);
        Assert.True(diagnostic.Location.Line > 1);
    }

    private static TempSite Site(string keys)
    {
        var site = new TempSite();
        site.File("hotpass-docs.yml", "title: Signed\nas_of: 2025-11-23T00:00:00Z\ndiagnostics: { HPD454: none }\nevidence:\n  dir: evidence\n" + keys)
            .Page("index.md", "Home");
        return site;
    }

    private static string Keys(params (string Id, string Algorithm, string Pem)[] keys) =>
        "  keys:\n" + string.Concat(keys.Select(k => $"    - id: {k.Id}\n      algorithm: {k.Algorithm}\n      public_key: |\n"
            + string.Concat(k.Pem.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => "        " + l + "\n"))));

    private static string Pem(byte[] spki) => PemEncoding.WriteString("PUBLIC KEY", spki) + "\n";

    private byte[] EcdsaSign(byte[] data) => _ecdsa.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    /// <summary>A DSSE envelope as its specification defines it: the signature covers the pre-authentication encoding.</summary>
    private static string Envelope(string payloadType, string payload, string? keyId, Func<byte[], byte[]> sign, string? signed = null)
    {
        var body = Encoding.UTF8.GetBytes(payload);
        var signedBody = Encoding.UTF8.GetBytes(signed ?? payload);
        var pae = Encoding.UTF8.GetBytes($"DSSEv1 {Encoding.UTF8.GetByteCount(payloadType)} {payloadType} {signedBody.Length} ").Concat(signedBody).ToArray();
        var signature = keyId is null
            ? (object)new { sig = Convert.ToBase64String(sign(pae)) }
            : new { keyid = keyId, sig = Convert.ToBase64String(sign(pae)) };
        return JsonSerializer.Serialize(new { payloadType, payload = Convert.ToBase64String(body), signatures = new[] { signature } });
    }
}
