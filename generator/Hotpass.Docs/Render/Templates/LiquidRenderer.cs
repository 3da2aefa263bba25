using System.Globalization;
using DotLiquid;

namespace Hotpass.Docs.Render.Templates;

/// <summary>Renders a layout with a view model; template errors surface as <see cref="TemplateException"/>.</summary>
public sealed class LiquidRenderer(TemplateSet templates)
{
    public string Render(string layout, Hash model)
    {
        var parameters = new RenderParameters(CultureInfo.InvariantCulture)
        {
            LocalVariables = model,
            ErrorsOutputMode = ErrorsOutputMode.Rethrow,
        };
        try
        {
            return templates.Layout(layout).Render(parameters);
        }
        catch (DotLiquid.Exceptions.LiquidException e)
        {
            throw new TemplateException($"layouts/{layout}.liquid: {e.Message}");
        }
    }
}
