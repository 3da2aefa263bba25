using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load.Evidence.Reading;

/// <summary>The bytes of one evidence file and the path its diagnostics name.</summary>
internal sealed record EvidenceInput(string SourcePath, ReadOnlyMemory<byte> Bytes)
{
    public SourceLocation FileLocation => SourceLocation.File(SourcePath);

    public SourceLocation At(long line, long column) => new(SourcePath, (int)Math.Max(1, line), (int)Math.Max(1, column));
}
