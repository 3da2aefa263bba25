namespace Hotpass.Docs.Model.Governance;

/// <summary>How a cadence measures the age its evidence may reach.</summary>
public enum CadenceKind
{
    /// <summary>Evidence must come from the commit being built; age does not matter.</summary>
    PerBuild,

    /// <summary>A calendar period (daily … yearly, sprint, an ISO 8601 duration) counted from when the evidence was collected.</summary>
    Period,

    /// <summary>Evidence is made at each release or deployment; it may be at most the policy's release age old.</summary>
    Release,

    /// <summary>Evidence is made on each pull request; it may be at most the policy's pull-request age old.</summary>
    PullRequest,
}
