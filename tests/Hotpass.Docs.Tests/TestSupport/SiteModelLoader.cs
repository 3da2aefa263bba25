using Hotpass.Docs.Model;
using Hotpass.Docs.Pipeline;

namespace Hotpass.Docs.Tests.TestSupport;

/// <summary>The site model as the pipeline's own load and model stages make it (<see cref="SitePipeline.LoadModel"/>),
/// for tests that look at the model rather than HTML: never a second way of building it.</summary>
public static class SiteModelLoader
{
    /// <summary>The instant <see cref="TempSite.Build"/> judges at, so a model and a build of one site agree.</summary>
    public const string TempSiteAsOf = "2025-11-23T00:00:00Z";

    /// <summary>The model of a site with no warnings or errors (the test fails otherwise).</summary>
    public static SiteModel Load(TempSite site) => Clean(Run(site.Root, TempSiteAsOf));

    /// <summary>The shipped site's model, judged at the instant its configuration pins.</summary>
    public static SiteModel Shipped() => Clean(Run(RepoPaths.Root, null));

    /// <summary>The load and model stages of the folder <paramref name="root"/>, with whatever they reported.</summary>
    public static ModelResult Run(string root, string? asOf = TempSiteAsOf) =>
        SitePipeline.CreateDefault().LoadModel(new BuildRequest(root, AsOf: asOf, WriteSite: false));

    private static SiteModel Clean(ModelResult run)
    {
        Assert.Equal("", TempSite.Lines(run.Diagnostics.Where(d => d.Severity != Hotpass.Docs.Diagnostics.Severity.Info)));
        return run.Site!;
    }
}
