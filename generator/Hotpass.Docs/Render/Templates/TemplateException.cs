namespace Hotpass.Docs.Render.Templates;

/// <summary>A theme template is missing or cannot be parsed or rendered.</summary>
public sealed class TemplateException(string message) : Exception(message);
