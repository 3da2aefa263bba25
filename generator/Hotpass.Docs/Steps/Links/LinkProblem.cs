namespace Hotpass.Docs.Steps.Links;

/// <summary>How a link resolved against the written site.</summary>
internal enum LinkProblem
{
    None,

    /// <summary>Points off the site (http, https, protocol-relative): reported, fetched only with --check-external.</summary>
    External,

    /// <summary>Cannot be judged locally (a <c>&lt;base&gt;</c> naming another site, mailto, an unsafe scheme refused elsewhere).</summary>
    Unchecked,
    MissingTarget,
    MissingFragment,
    OutsideRoot,
    RootRelative,
}
