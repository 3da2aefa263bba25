namespace Hotpass.Docs.Tests.Architecture;

/// <summary>Folder references that go against <see cref="FolderLayers.Order"/> and are known, each with why it is still
/// there. The layering test ignores them, and fails when one no longer happens, so the list only shrinks.</summary>
internal static class KnownUpwardReferences
{
    public static IReadOnlyDictionary<(string From, string To), string> All { get; } = new Dictionary<(string, string), string>
    {
        [("Configuration", "Evidence")] = "the evidence settings record lives with evidence judging",
        [("Configuration", "Governance")] = "the governance settings record and its reader live with the governance model",
        [("Configuration", "Load")] = "the configuration reader uses the YAML reader",
        [("Configuration", "Model")] = "sections declare a DiataxisType, which lives in Model",
        [("Load", "Model")] = "the located facts a page is parsed into live in Model",
        [("Load", "Render")] = "a page's body is rendered when it is loaded, with the markdown, highlighting and sanitising of Render",
        [("Load", "Pipeline")] = "CoreBound lives in Pipeline",
        [("Model", "Governance")] = "the governance model and matrix are part of the site model",
        [("Model", "Evidence")] = "the evidence model is part of the site model",
        [("Check", "Render")] = "the link gates are steps after rendering",
        [("Write", "Pipeline")] = "CoreBound lives in Pipeline",
        [("Write", "Render")] = "the manifest writes StepMemos, which live in Render",
        [("Render", "Governance")] = "governance views and the matrix export step live in Render",
        [("Render", "Evidence")] = "the evidence views live in Render",
        [("Render", "Pipeline")] = "StageTimings, BuildStepException and CoreBound live in Pipeline",
        [("Evidence", "Governance")] = "evidence is judged against the governance model, which lives in Governance",
        [("Evidence", "Pipeline")] = "the evidence stage resolves its instant and commit with Pipeline's AsOfResolver and GitHead",
    };
}
