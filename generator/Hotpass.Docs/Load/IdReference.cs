using Hotpass.Docs.Diagnostics;

namespace Hotpass.Docs.Load;

/// <summary>An identifier written in a source file (a control id, say) and where it was written.</summary>
public sealed record IdReference(string Id, SourceLocation Location);
