namespace Hotpass.Docs.Render;

/// <summary>Work that needs the whole rendered site (sitemap, 404 page, link gate, reports). Steps run in the order
/// they are registered, after every page is written and before the new site is committed, so a step that reports
/// an error leaves the previous site in place.</summary>
internal interface IPostRenderStep
{
    /// <summary>The output paths the step writes, reserved before rendering so no source can claim them.</summary>
    IReadOnlyList<string> Outputs { get; }

    void Run(RenderContext context);
}
