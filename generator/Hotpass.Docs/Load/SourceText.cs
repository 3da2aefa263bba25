namespace Hotpass.Docs.Load;

/// <summary>A decoded source file: text with line ends normalised to LF, and the problems met while decoding.</summary>
/// <param name="InvalidByte">The first byte that is not valid UTF-8, with its 1-based line and column, if any.</param>
internal sealed record SourceText(string Text, InvalidByteInfo? InvalidByte);
