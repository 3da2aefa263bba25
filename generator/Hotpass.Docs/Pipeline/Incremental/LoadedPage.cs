using Hotpass.Docs.Load;
using Hotpass.Docs.Diagnostics;
using Hotpass.Docs.Model;

namespace Hotpass.Docs.Pipeline.Incremental;

/// <summary>One markdown file as a previous build loaded it: the stamp it had, what it parsed into (null when it could
/// not be read), and the diagnostics loading it gave, which every later build that keeps it reports again.</summary>
internal sealed record LoadedPage(FileStamp Stamp, MarkdownContent? Content, IReadOnlyList<Diagnostic> Diagnostics);
