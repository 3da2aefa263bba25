using Hotpass.Docs.Write;

namespace Hotpass.Docs.Render.Output;

/// <summary>One output of the render: the file as written, the source it came from, and its HTML facts (null for other files).</summary>
internal sealed record RenderedFile(WrittenFile File, string? SourcePath, HtmlFacts? Html)
{
    public string OutputPath => File.OutputPath;
}
