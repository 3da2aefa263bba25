namespace Hotpass.Docs.Tests.TestSupport;

/// <summary>A small site with a risk declared in front matter, two controls (one citing two frameworks), a page that
/// documents a control, a site catalogue, and requirements no control satisfies: enough to show every cross-link once.</summary>
public static class GovernanceSite
{
    public static TempSite Create()
    {
        var site = new TempSite();
        site.File("hotpass-docs.yml", "title: Small\nas_of: 2025-11-23T00:00:00Z\nframeworks: frameworks\n"
                // CTL-REVIEW cites no evidence (judged missing) and is per-build: the evidence gate is the evidence
                // tests' business, so those two findings are quietened here; CTL-VAULT's evidence is real.
                + "diagnostics: { HPD451: none, HPD459: none }\n")
            .File("evidence/vault-audit.csv", "timestamp,user,action\n2025-11-20T08:00:00Z,ci,read\n")
            .File("evidence/vault-audit.csv.evidence.yaml", "title: Vault audit log export\ncollected_at: 2025-11-20T08:00:00Z\n")
            .File("frameworks/demo.yaml", "id: DEMO\ntitle: Demo framework\nversion: \"1\"\nrequirements:\n  - { id: R1, title: Keep secrets secret }\n  - { id: R2, title: Review every change }\n  - { id: R3, title: Nobody answers this one }\n")
            .Page("index.md", "Home")
            .Page("governance/register-source.md", "Register source", extra: """
                risks:
                  - { id: RSK-LEAK, title: Secret leaks, effect: Credentials exposed, severity: 9, occurrence: 6, detection: 6, owner: DevOps, status: open, mitigated_by: [CTL-VAULT] }
                  - { id: RSK-SLOW, title: Slow builds, severity: 2, occurrence: 3, detection: 4, status: accepted }
                controls:
                  - { id: CTL-VAULT, title: Secrets in Vault, satisfies: ["DEMO:R1", "SLSA:BUILD-L2"], safeguards: [Vault, detect-secrets], owner: DevOps, cadence: monthly, evidence: [vault-audit] }
                  - { id: CTL-REVIEW, title: Reviewed changes, mitigates: [RSK-SLOW], cadence: per-build }

                """)
            .Page("how-to/rotate.md", "Rotate the secret", extra: "controls: [CTL-VAULT]\n");
        return site;
    }
}
