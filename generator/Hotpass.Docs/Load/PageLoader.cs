using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load;

/// <summary>Reads one markdown file into a <see cref="PageSource"/>: decode, split front matter, read it.</summary>
internal static class PageLoader
{
    public static PageSource? Load(ContentFile file, string sourcePath, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(file.FullPath).Length;
            if (length > ContentLimits.MaxPageBytes)
            {
                diagnostics.Report(DiagnosticCodes.FileTooLarge, SourceLocation.File(sourcePath), length, ContentLimits.MaxPageBytes);
                return null;
            }
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (IOException e)
        {
            diagnostics.Report(DiagnosticCodes.FileUnreadable, SourceLocation.File(sourcePath), e.Message);
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Report(DiagnosticCodes.FileUnreadable, SourceLocation.File(sourcePath), e.Message);
            return null;
        }
        return Parse(bytes, file.ContentPath, sourcePath, diagnostics);
    }

    public static PageSource Parse(ReadOnlySpan<byte> bytes, string contentPath, string sourcePath, DiagnosticBag diagnostics)
    {
        var source = SourceDecoder.Decode(bytes);
        if (source.InvalidByte is { } bad)
            diagnostics.Report(DiagnosticCodes.InvalidUtf8, new SourceLocation(sourcePath, bad.Line, bad.Column), bad.Value);
        var block = FrontMatterBlock.Split(source.Text);
        var frontMatter = FrontMatterReader.Read(block, sourcePath, diagnostics);
        return new PageSource(contentPath, sourcePath, frontMatter, block.Body, block.BodyFirstLine)
        {
            DeclarationText = frontMatter.FeedsGovernance ? block.Yaml : null,
        };
    }
}
