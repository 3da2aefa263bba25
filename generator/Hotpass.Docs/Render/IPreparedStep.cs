using Hotpass.Docs.Model;
using Hotpass.Docs.Render.Features;
using Hotpass.Docs.Write;

namespace Hotpass.Docs.Render;

/// <summary>A step after rendering whose heavy part reads only the model, so it starts when rendering does and runs
/// beside it (a <c>serve</c> rebuild renders a page or two on one core and leaves the other idle); its
/// <see cref="IPostRenderStep.Run"/> then waits for that part and writes.</summary>
internal interface IPreparedStep : IPostRenderStep
{
    /// <summary>Starts the model-only part for this build; what it returns reaches <see cref="IPostRenderStep.Run"/>
    /// through <see cref="RenderContext.Prepared"/>.</summary>
    /// <param name="features">The features the pipeline was built with (what their pages show).</param>
    Task Prepare(SiteModel site, SiteFeatures features, StepMemos? memos);
}
