namespace Hotpass.Docs.Load.Evidence.Reading.Xml;

/// <summary>How one test case ended.</summary>
internal enum TestOutcome
{
    Passed,
    Failed,
    Errored,
    Skipped,
}
