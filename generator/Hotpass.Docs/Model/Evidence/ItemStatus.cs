namespace Hotpass.Docs.Model.Evidence;

/// <summary>An evidence file's own status under one citing control's cadence, judged from the file's own date and
/// commit: not the control's status, which is judged from the control's newest usable file.</summary>
public enum ItemStatus
{
    Fresh,
    Due,
    Stale,

    /// <summary>The file has no collection time, so no age: it can never count as fresh.</summary>
    Undated,

    /// <summary>The file proves nothing (a test report with no tests, an SBOM with no components).</summary>
    Unusable,

    /// <summary>The citing control has no cadence, so nothing says how old is too old.</summary>
    NoCadence,

    /// <summary>The file was collected after the as-of instant, so it cannot show anything at that instant: never fresh.</summary>
    AfterAsOf,
}
